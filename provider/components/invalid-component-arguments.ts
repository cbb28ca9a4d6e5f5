import { InvalidArgumentsError, invalidArgumentsMessage, type ArgumentProblem } from "../functions/invalid-arguments";

/**
 * Thrown by the DeveloperAccess constructor, before anything is registered, when its arguments are wrong.
 * Apart from the argument schema so that a program can catch it without loading zod.
 */
export class InvalidComponentArgumentsError extends InvalidArgumentsError {
  constructor(component: string, problems: ArgumentProblem[]) {
    super(component, problems);
    this.name = "InvalidComponentArgumentsError";
    this.message = invalidArgumentsMessage(`${component} was not declared`, problems);
  }
}
