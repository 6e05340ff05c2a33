import { useState } from 'react';
import { addTag } from './details-form';

/** Tags as chips: type and press Enter or comma to add, × to remove. */
export function TagsField({
  id,
  tags,
  onChange,
  error,
}: {
  id: string;
  tags: string[];
  onChange: (tags: string[]) => void;
  error?: string;
}) {
  const [typed, setTyped] = useState('');
  const commit = (): void => {
    onChange(addTag(tags, typed));
    setTyped('');
  };
  return (
    <div className="tags-field" data-testid="tags-field">
      <ul className="chips" aria-label="Tags so far">
        {tags.map((tag) => (
          <li key={tag} className="chip" data-testid="tag-chip">
            {tag}
            <button
              type="button"
              className="dismiss"
              aria-label={`Remove tag ${tag}`}
              onClick={() => onChange(tags.filter((t) => t !== tag))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        id={id}
        value={typed}
        placeholder={tags.length === 0 ? 'e.g. with kids, knee sore' : 'add a tag'}
        aria-invalid={error !== undefined}
        onChange={(e) => {
          if (e.target.value.endsWith(',')) {
            onChange(addTag(tags, e.target.value));
            setTyped('');
          } else setTyped(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault(); // Enter adds a tag; it does not submit the form
            commit();
          } else if (e.key === 'Backspace' && typed === '' && tags.length > 0) onChange(tags.slice(0, -1));
        }}
        onBlur={() => typed.trim() && commit()}
      />
    </div>
  );
}
