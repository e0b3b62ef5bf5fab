export function Logo({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle cx="16" cy="16" r="16" fill="#2f7d4f" />
      <path
        d="M16 5c-5 5-8 9-8 13a8 8 0 0 0 7 7.9V22l-3.5-3.5 1.4-1.4L15 19.2V14h2v7.2l3.1-3.1 1.4 1.4L17 24v1.9A8 8 0 0 0 24 18c0-4-3-8-8-13z"
        fill="#e8f3ec"
      />
    </svg>
  );
}
