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
 */
export class ListedReads<T extends { id: string }> {
  private reads = 0;
  private listing: Promise<Map<string, T>> | undefined;

  constructor() {
    everyListing.add(this);
  }

  /** `fetch` reads the one object (undefined when it is gone); `list` lists every object of the kind. */
  async read(id: string, fetch: () => Promise<T | undefined>, list: () => AsyncIterable<T>): Promise<T | undefined> {
    if (++this.reads === 1) return fetch();
    this.listing ??= this.load(list);
    const listed = (await this.listing).get(id);
    return listed ?? fetch();
  }

  /** After a write: later reads fetch again. */
  forget(): void {
    this.listing = undefined;
    this.reads = 0;
  }

  private async load(list: () => AsyncIterable<T>): Promise<Map<string, T>> {
    const byId = new Map<string, T>();
    try {
      for await (const item of list()) byId.set(item.id, item);
    } catch (err) {
      this.listing = undefined;
      throw err;
    }
    return byId;
  }
}
