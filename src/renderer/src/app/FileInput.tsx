import type { Ref } from 'react';

/**
 * A hidden file input, opened by clicking it through `ref`: hands on the one file chosen, and forgets
 * it at once so that choosing the same file again is a change too.
 */
export function FileInput({
  ref,
  accept,
  label,
  testId,
  onFile,
}: {
  ref: Ref<HTMLInputElement>;
  accept?: string;
  label: string;
  testId: string;
  onFile: (file: File) => void;
}) {
  return (
    <input
      ref={ref}
      type="file"
      accept={accept}
      hidden
      aria-label={label}
      data-testid={testId}
      onChange={(e) => {
        const file = e.currentTarget.files?.[0];
        e.currentTarget.value = '';
        if (file) onFile(file);
      }}
    />
  );
}
