import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { explain, splitTerms } from '../glossary';
import './Term.css';

/**
 * A piece of jargon with its plain words: a dotted underline, and the explanation in a tooltip that opens on hover,
 * on keyboard focus and on a tap (Escape or a tap elsewhere closes it). Screen readers hear it as the term's
 * description. Without an explanation (`explain` or the glossary) it is the plain text.
 */
export function Term({ children, explain: given }: { children: string; explain?: string | null }) {
  const words = given ?? explain(children);
  const id = useId();
  const [open, setOpen] = useState(false);
  const [hover, setHover] = useState(false);
  const [focus, setFocus] = useState(false);
  const ref = useRef<HTMLSpanElement>(null);
  const tipRef = useRef<HTMLSpanElement>(null);
  const shown = open || hover || focus;
  // Kept on the screen: a term near the right edge (a phone) gets its tip moved left by what would overflow.
  useLayoutEffect(() => {
    const tip = tipRef.current;
    if (!shown || !tip) return;
    tip.style.left = '0px';
    const rect = tip.getBoundingClientRect();
    const overflow = rect.right - (document.documentElement.clientWidth - 8);
    if (overflow > 0) tip.style.left = `${-Math.min(overflow, rect.left - 8)}px`;
  }, [shown]);
  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);
  if (!words) return <>{children}</>;
  // The tip is in the page only while shown (so a sentence's text stays the sentence); aria-description gives
  // screen readers the words at any time.
  return (
    <span className="term-wrap" ref={ref}>
      {/* biome-ignore lint/a11y/useSemanticElements: a <button> may not sit inside a <summary> or a label, where terms appear */}
      <span
        className="term"
        role="button"
        tabIndex={0}
        aria-description={words}
        aria-describedby={shown ? id : undefined}
        aria-expanded={shown}
        data-term={children}
        onMouseEnter={() => setHover(true)}
        onMouseLeave={() => setHover(false)}
        onClick={(e) => {
          e.preventDefault();
          e.stopPropagation();
          setOpen(!open);
          if (open) {
            setFocus(false);
            setHover(false);
          }
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            setOpen(false);
            setFocus(false);
          }
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            setOpen((o) => !o);
          }
        }}
        onFocus={() => setFocus(true)}
        onBlur={() => {
          setFocus(false);
          setOpen(false);
        }}
      >
        {children}
      </span>
      {shown && (
        <span className="term-tip" role="tooltip" id={id} ref={tipRef}>
          {words}
        </span>
      )}
    </span>
  );
}

/** A text with each glossary term in it (the first time it appears) as a Term; the text itself is unchanged. */
export function TermsIn({ text }: { text: string }): ReactNode {
  return splitTerms(text).map((p, i) =>
    p.term ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one fixed text, in order
      <Term key={i}>{p.text}</Term>
    ) : (
      p.text
    ),
  );
}
