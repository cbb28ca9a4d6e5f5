/** The settings are one per organization, addressed without an id: every resource of the kind has this one. */
export const COMPLIANCE_SETTINGS_ID = "compliance_settings";
