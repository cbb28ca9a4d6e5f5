import { organizationKey } from "../settings/organization-scope";

const everyListing = new Set<{ forget(): void }>();

/** Ends the deployment as far as listings go (tests that run several deployments in one process). */
export function forgetListings(): void {
  for (const listing of everyListing) listing.forget();
}

/**
 * Reads of many objects of one kind in one provider process (a `pulumi refresh` of N resources) from
 * one listing instead of N reads. The first read fetches its object alone, so refreshing a single
 * resource still costs one request; a second read starts the listing, which every later read shares.
 * An object the listing does not hold (made after it, or not listed) is fetched alone. Any write of
 * the kind in this process drops the listing, so a read never sees a state older than a write.
 * Each organization has its own count and listing: the one an operation runs in (settings/organization-scope.ts).
 */
export class ListedReads<T extends { id: string }> {
  private readonly byOrganization = new Map<string, { reads: number; listing?: Promise<Map<string, T>> }>();

  constructor() {
    everyListing.add(this);
  }

  /** `fetch` reads the one object (undefined when it is gone); `list` lists every object of the kind. */
  async read(id: string, fetch: () => Promise<T | undefined>, list: () => AsyncIterable<T>): Promise<T | undefined> {
    const organization = organizationKey();
    let reads = this.byOrganization.get(organization);
    if (!reads) this.byOrganization.set(organization, (reads = { reads: 0 }));
    if (++reads.reads === 1) return fetch();
    reads.listing ??= this.load(list, reads);
    const listed = (await reads.listing).get(id);
    return listed ?? fetch();
  }

  /** After a write (in any organization, to keep it simple): later reads fetch again. */
  forget(): void {
    this.byOrganization.clear();
  }

  private async load(list: () => AsyncIterable<T>, reads: { listing?: Promise<Map<string, T>> }): Promise<Map<string, T>> {
    const byId = new Map<string, T>();
    try {
      for await (const item of list()) byId.set(item.id, item);
    } catch (err) {
      reads.listing = undefined;
      throw err;
    }
    return byId;
  }
}
