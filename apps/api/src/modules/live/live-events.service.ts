import { Injectable } from '@nestjs/common';
import { EventEmitter, on } from 'node:events';

export type AgendaChangeKind = 'ITEM_ADDED' | 'ITEM_CHANGED' | 'ITEM_REMOVED' | 'MEETING_CHANGED';

export interface AgendaChangeEvent {
  meetingId: string;
  agendaItemId: string | null;
  kind: AgendaChangeKind;
}

export interface ReviewWrittenEvent {
  meetingId: string;
  reviewId: string;
}

/**
 * In-process events for GraphQL subscriptions (one API process). Services publish after their transaction has
 * committed; subscribers filter every event with their own visibility before anything is sent.
 */
@Injectable()
export class LiveEvents {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  agendaChanged(event: AgendaChangeEvent): void {
    this.emitter.emit(`agenda:${event.meetingId}`, event);
  }

  reviewWritten(event: ReviewWrittenEvent): void {
    this.emitter.emit(`review:${event.meetingId}`, event);
  }

  /**
   * The events on one topic that pass `allowed`, until the subscriber goes away (closing the generator removes the
   * listener).
   */
  async *listen<T>(topic: string, allowed: (event: T) => Promise<boolean>): AsyncGenerator<T> {
    for await (const [event] of on(this.emitter, topic)) {
      if (await allowed(event as T)) yield event as T;
    }
  }
}

/** Runs the mutation's transaction, then (only once it has committed) tells the subscribers. */
export async function publishAfter<T>(
  work: Promise<T>,
  publish: (result: T) => void | Promise<void>,
): Promise<T> {
  const result = await work;
  await publish(result);
  return result;
}
