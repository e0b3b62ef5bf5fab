import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { plural } from '../format';
import './Combobox.css';

export interface ComboOption {
  value: string;
  label: string;
  /** Shown after the label (e.g. "Connected to Oak Leaf"). */
  note?: string;
  disabled?: boolean;
}

interface Props {
  label: string;
  options: ComboOption[];
  value: string | null;
  onChange(value: string | null): void;
  placeholder?: string;
  hint?: string;
  disabled?: boolean;
  required?: boolean;
  /** Shown (and announced) instead of the list when there are no options (loading, error). */
  status?: string;
}

/**
 * A searchable single-select following the WAI-ARIA combobox pattern (list autocomplete): type to filter, arrow keys
 * to move, Enter to pick, Escape to close. Disabled options are listed (and announced) but cannot be picked.
 */
export function Combobox({ label, options, value, onChange, placeholder, hint, disabled, required, status }: Props) {
  const id = useId();
  const inputId = `${id}-input`;
  const labelId = `${id}-label`;
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const selected = options.find((o) => o.value === value) ?? null;
  const [query, setQuery] = useState(selected?.label ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listRef = useRef<HTMLDivElement>(null);

  /** Set when typing away from the pick reported null: the null coming back must keep what is typed. */
  const typedAway = useRef(false);

  // The input shows the option picked (also one the parent picks, or renames); a null value empties it, unless it is the
  // null of typing away from a pick.
  const selectedLabel = selected?.label;
  useEffect(() => {
    if (selectedLabel !== undefined) setQuery(selectedLabel);
    else if (!typedAway.current) setQuery('');
    typedAway.current = false;
  }, [selectedLabel]);

  const filtered = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q || (selected && q === selected.label.toLowerCase())) return options;
    return options.filter((o) => o.label.toLowerCase().includes(q) || o.value.toLowerCase() === q);
  }, [options, query, selected]);

  useEffect(() => {
    if (!open || active < 0) return;
    const el = listRef.current?.children[active];
    if (el instanceof HTMLElement) el.scrollIntoView({ block: 'nearest' });
  }, [active, open]);

  function pick(o: ComboOption) {
    if (o.disabled) return;
    onChange(o.value);
    setQuery(o.label);
    setOpen(false);
    setActive(-1);
  }

  function move(delta: number) {
    if (!filtered.length) return;
    setOpen(true);
    setActive((a) => {
      let i = a;
      for (let n = 0; n < filtered.length; n++) {
        i = (i + delta + filtered.length) % filtered.length;
        if (a < 0 && delta < 0 && n === 0) i = filtered.length - 1;
        if (!filtered[i]?.disabled) return i;
      }
      return a;
    });
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open) setOpen(true);
        move(1);
        break;
      case 'ArrowUp':
        e.preventDefault();
        move(-1);
        break;
      case 'Enter':
        if (open && active >= 0 && filtered[active]) {
          e.preventDefault();
          pick(filtered[active]);
        }
        break;
      case 'Escape':
        if (open) {
          e.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (query) {
          setQuery('');
          onChange(null);
        }
        break;
      case 'Tab':
        setOpen(false);
        break;
    }
  }

  const activeId = open && active >= 0 ? `${id}-opt-${active}` : undefined;
  const available = filtered.filter((o) => !o.disabled).length;
  /** Shown instead of the list, outside it (a listbox holds only options), and announced. */
  const message = status ?? (filtered.length === 0 ? `No match for “${query}”` : null);
  const listed = open && message === null;

  return (
    <div className="field combobox">
      <label id={labelId} htmlFor={inputId}>
        {label}
      </label>
      <div className="combobox-wrap">
        <input
          id={inputId}
          type="text"
          role="combobox"
          aria-expanded={listed}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          aria-describedby={hint ? hintId : undefined}
          aria-required={required}
          autoComplete="off"
          spellCheck={false}
          placeholder={placeholder}
          disabled={disabled}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(-1);
            if (selected && e.target.value !== selected.label) {
              typedAway.current = true;
              onChange(null);
            }
          }}
          onFocus={() => setOpen(true)}
          onClick={() => setOpen(true)}
          onBlur={() => {
            setOpen(false);
            setActive(-1);
            if (!selected) return;
            setQuery(selected.label);
          }}
          onKeyDown={onKeyDown}
        />
        <span className="combobox-caret" aria-hidden="true" />
        <div id={listId} ref={listRef} role="listbox" aria-labelledby={labelId} className="combobox-list" hidden={!listed}>
          {filtered.map((o, i) => (
            // The WAI-ARIA combobox pattern: DOM focus stays on the input, whose onKeyDown moves the active option
            // (aria-activedescendant) with the arrow keys and picks it with Enter; clicking is the mouse's way to pick.
            // biome-ignore lint/a11y/useFocusableInteractive: combobox options must not take focus, the input keeps it
            // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys (arrows, Enter, Escape)
            <div
              key={o.value}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={o.value === value}
              aria-disabled={o.disabled || undefined}
              data-value={o.value}
              className={`combobox-option${i === active ? ' active' : ''}${o.disabled ? ' disabled' : ''}`}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(o)}
              onMouseMove={() => !o.disabled && setActive(i)}
            >
              <span>{o.label}</span>
              {o.note && <span className="option-note">{o.note}</span>}
            </div>
          ))}
        </div>
        {open && message !== null && (
          // What the live region below says, shown where the list would be.
          <div className="combobox-list" aria-hidden="true">
            <div className="combobox-status">{message}</div>
          </div>
        )}
      </div>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <div className="sr-only" aria-live="polite">
        {open ? (message ?? `${plural(available, 'option')} available`) : ''}
      </div>
    </div>
  );
}
