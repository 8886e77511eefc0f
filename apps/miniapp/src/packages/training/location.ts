// The module's way to the worker's position (its pages and specs import it from here).
export { findOrigin, isH5, locate, openLocationSettings, toGcj02, type LocateResult } from '@/services/location';
