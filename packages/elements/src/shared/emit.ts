/** The detail type of a `sixin-*` event registered in `GlobalEventHandlersEventMap` (see `src/events/`). */
export type EventDetail<K extends keyof GlobalEventHandlersEventMap> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Dispatches a `sixin-*` event from `element`. Events bubble and are composed, so a page can listen on `document`
 * even when the element sits in another component's shadow root. Returns the event: check `defaultPrevented` when
 * it was dispatched with `cancelable: true`.
 */
export function emit<K extends keyof GlobalEventHandlersEventMap & `sixin-${string}`>(
  element: HTMLElement,
  name: K,
  detail: EventDetail<K>,
  options: { cancelable?: boolean } = {},
): CustomEvent<EventDetail<K>> {
  const event = new CustomEvent(name, {
    bubbles: true,
    composed: true,
    cancelable: options.cancelable ?? false,
    detail,
  });
  element.dispatchEvent(event);
  return event;
}
