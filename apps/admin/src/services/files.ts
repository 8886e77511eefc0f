import type { FileRef } from '@steadywork/shared';
import { download, request } from './request';

/** What POST /files takes (the API checks the content too): JPG, PNG or PDF, at most 10 MB. */
export const UPLOAD_ACCEPT = '.jpg,.jpeg,.png,.pdf';
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const UPLOAD_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  pdf: 'application/pdf',
};

/** The images among them (a center's photos). */
export const IMAGE_ACCEPT = '.jpg,.jpeg,.png';

export function isImageFile(file: Pick<File, 'name' | 'type'>): boolean {
  const ext = /\.([^.]+)$/.exec(file.name)?.[1].toLowerCase() ?? '';
  return ['jpg', 'jpeg', 'png'].includes(ext) && (!file.type || file.type.startsWith('image/'));
}

/** Why a file cannot be uploaded (`type` or `size`), or null when it can. */
export function uploadProblem(file: Pick<File, 'name' | 'type' | 'size'>): 'type' | 'size' | null {
  const ext = /\.([^.]+)$/.exec(file.name)?.[1].toLowerCase() ?? '';
  // Some systems give no type: the extension decides, and a given type must be one of the three.
  if (!(ext in UPLOAD_TYPES) || (file.type && !Object.values(UPLOAD_TYPES).includes(file.type))) return 'type';
  if (file.size > MAX_UPLOAD_BYTES) return 'size';
  return null;
}

/** Uploads one file (multipart field `file`) with the session's token. */
export function uploadFile(file: File, signal?: AbortSignal): Promise<FileRef> {
  const body = new FormData();
  body.append('file', file, file.name);
  return request('/files', { method: 'POST', body, signal });
}

/** Fetches an uploaded file with the token (a plain link has none) and hands it to the browser. */
export async function openFile(ref: Pick<FileRef, 'id' | 'name'>): Promise<void> {
  const file = await download(`/files/${encodeURIComponent(ref.id)}`);
  saveBlob(file.blob, file.fileName ?? ref.name);
}

/** 1.5 MB, 320 KB, 12 B. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Hands a blob to the browser as a download named `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Let the click start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  // Quote when needed; a leading = + - @ would be read as a formula by Excel: prefix a quote mark.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV file Excel opens as UTF-8 (with the byte-order mark), CRLF line ends. */
export function csvBlob(header: readonly string[], rows: readonly (readonly unknown[])[]): Blob {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return new Blob(['\uFEFF', lines.join('\r\n'), '\r\n'], { type: 'text/csv;charset=utf-8' });
}
