import { useEffect, useRef, useState } from "react";

/** `value`, updated at most once per `ms` (the last value always arrives). */
export function useThrottled<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const last = useRef(0);
  useEffect(() => {
    const apply = () => {
      last.current = performance.now();
      setShown(value);
    };
    const wait = last.current + ms - performance.now();
    if (wait <= 0) return apply();
    const t = window.setTimeout(apply, wait);
    return () => window.clearTimeout(t);
  }, [value, ms]);
  return shown;
}
