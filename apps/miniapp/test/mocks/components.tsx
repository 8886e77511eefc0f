// Taro's components as plain DOM elements for jest.
import type { ReactNode } from 'react';

interface BaseProps {
  id?: string;
  className?: string;
  children?: ReactNode;
  onClick?: () => void;
  'data-testid'?: string;
}

export function View({ id, className, children, onClick, 'data-testid': testId }: BaseProps) {
  return (
    <div id={id} className={className} onClick={onClick} data-testid={testId}>
      {children}
    </div>
  );
}

export function Text({ id, className, children, onClick, 'data-testid': testId }: BaseProps) {
  return (
    <span id={id} className={className} onClick={onClick} data-testid={testId}>
      {children}
    </span>
  );
}

export function ScrollView({ className, children }: BaseProps & { scrollY?: boolean }) {
  return <div className={className}>{children}</div>;
}
