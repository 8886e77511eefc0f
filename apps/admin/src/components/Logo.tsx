/** The console's mark (also public/favicon.svg). */
export function Logo({ size = 28 }: { size?: number }) {
  return (
    <svg viewBox="0 0 32 32" width={size} height={size} aria-hidden>
      <rect width="32" height="32" rx="6" fill="#c8161d" />
      <path d="M8 21h16M10 16h12M12 11h8" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}
