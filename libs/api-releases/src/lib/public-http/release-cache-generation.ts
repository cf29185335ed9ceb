import { Injectable } from '@nestjs/common';

/**
 * A counter bumped after a release is published or withdrawn. Cached public answers that read
 * "the latest release" remember the generation they were computed in and are stale once it moves;
 * answers about a named release never change and ignore it.
 */
@Injectable()
export class ReleaseCacheGeneration {
  private value = 0;

  get current(): number {
    return this.value;
  }

  bump(): void {
    this.value += 1;
  }
}
