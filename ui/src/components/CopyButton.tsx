import { useState } from 'react';

/** Copies a value to the clipboard and says whether it worked. */
export function CopyButton({ value, label = 'Copy' }: { value: string; label?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <button type="button" className="btn btn-sm btn-outline-primary" onClick={copy}>{label}</button>
      <span className="small ms-2" role="status" aria-live="polite">
        {state === 'copied' && 'Copied.'}
        {state === 'failed' && 'The browser did not allow copying; select the text and copy it yourself.'}
      </span>
    </>
  );
}
