// Taro's components as plain DOM elements for jest.
import type { ReactNode } from 'react';

interface BaseProps {
  className?: string;
  children?: ReactNode;
  onClick?: () => void;
}

export function View({ className, children, onClick }: BaseProps) {
  return (
    <div className={className} onClick={onClick}>
      {children}
    </div>
  );
}

export function Text({ className, children, onClick }: BaseProps) {
  return (
    <span className={className} onClick={onClick}>
      {children}
    </span>
  );
}

export function ScrollView({ className, children }: BaseProps & { scrollY?: boolean }) {
  return <div className={className}>{children}</div>;
}
