// Taro's components as plain DOM elements for jest.
import type { ChangeEvent, ReactNode } from 'react';

interface BaseProps {
  id?: string;
  className?: string;
  children?: ReactNode;
  onClick?: () => void;
  'data-testid'?: string;
}

/** The `data-*`, `aria-*` and `role` props of a component (Taro passes them on to the element). */
function dataProps(props: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(props)
      .filter(([key]) => key.startsWith('data-') || key.startsWith('aria-') || key === 'role')
      .map(([key, value]) => [key, typeof value === 'boolean' ? String(value) : value]),
  );
}

export function View({
  id,
  className,
  children,
  onClick,
  ...rest
}: BaseProps & Record<`data-${string}` | `aria-${string}`, unknown> & { role?: string }) {
  return (
    <div id={id} className={className} onClick={onClick} {...dataProps(rest)}>
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

export function Image({ className, src, onClick, 'data-testid': testId }: BaseProps & { src: string; mode?: string }) {
  return <img className={className} src={src} onClick={onClick} data-testid={testId} alt="" />;
}

/**
 * The picker's trigger (its children) and, beside it, an input standing for the wheel: a test
 * picks a value with `fireEvent.change(<input data-mode="date">, { target: { value } })`.
 */
export function Picker({
  mode,
  value,
  children,
  onChange,
}: BaseProps & {
  mode?: string;
  value?: string | number;
  start?: string;
  end?: string;
  onChange?: (event: { detail: { value: string } }) => void;
}) {
  return (
    <div className="taro-picker">
      {children}
      <input
        className="taro-picker-wheel"
        data-mode={mode}
        value={value ?? ''}
        onChange={(e: ChangeEvent<HTMLInputElement>) => onChange?.({ detail: { value: e.target.value } })}
      />
    </div>
  );
}

interface MapMarker {
  id: number;
  title?: string;
}

/** Each marker as a button that reports a marker tap; its callout as a second one. */
export function Map({
  className,
  markers = [],
  onMarkerTap,
  onCalloutTap,
}: BaseProps & {
  markers?: MapMarker[];
  latitude?: number;
  longitude?: number;
  onMarkerTap?: (event: { detail: { markerId: number } }) => void;
  onCalloutTap?: (event: { detail: { markerId: number } }) => void;
  onError?: () => void;
}) {
  return (
    <div className={className} data-testid="taro-map">
      {markers.map((marker) => (
        <span key={marker.id}>
          <button
            type="button"
            data-testid={`map-marker-${marker.id}`}
            onClick={() => onMarkerTap?.({ detail: { markerId: marker.id } })}
          >
            {marker.title}
          </button>
          <button
            type="button"
            data-testid={`map-callout-${marker.id}`}
            onClick={() => onCalloutTap?.({ detail: { markerId: marker.id } })}
          >
            callout
          </button>
        </span>
      ))}
    </div>
  );
}
