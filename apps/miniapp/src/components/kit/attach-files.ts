import Taro from '@tarojs/taro';
import type { FileRef } from '@steadywork/shared';
import { isApiError } from '@/services/api-error';
import { upload, type UploadSource } from '@/services/request';
import { pickDocument, pickImages } from './pick-file';

/** Uploads one file the worker chose (JPG, PNG or PDF, ≤ 10 MB; the API checks both). */
export function uploadFile(file: UploadSource): Promise<FileRef> {
  return upload<FileRef>('/files', file);
}

export interface AttachFilesOptions {
  /** Photos (album or camera) or a document (PDF or image from a chat). */
  source: 'image' | 'file';
  /** How many more files the field takes. */
  room: number;
  maxBytes: number;
  /** Each file once uploaded, in the order chosen. */
  onAttached(file: { fileId: string; name: string }): void;
  /** What is wrong with a file (too large, refused): shown under the field. */
  onProblem(message: string): void;
  /** +1 when an upload starts, -1 when it ends (the form waits for none before sending). */
  onUploading(delta: 1 | -1): void;
  text: { uploadFailed: string; fileTooLarge: string };
  /** Also say a refused upload in a toast (where the field may be off screen). */
  toastFailures?: boolean;
}

/**
 * Lets the worker choose files and uploads them one by one: a file over the size limit is
 * skipped with a message, a refused upload says the API's reason, and the others still go.
 */
export async function attachFiles(o: AttachFilesOptions): Promise<void> {
  if (o.room <= 0) return;
  let picked;
  try {
    picked = o.source === 'image' ? await pickImages(o.room) : await pickDocument();
  } catch {
    void Taro.showToast({ title: o.text.uploadFailed, icon: 'none' });
    return;
  }
  for (const file of picked.slice(0, o.room)) {
    if (file.size > o.maxBytes) {
      o.onProblem(o.text.fileTooLarge);
      continue;
    }
    o.onUploading(1);
    try {
      const ref = await uploadFile({ path: file.path, name: file.name });
      o.onAttached({ fileId: ref.id, name: ref.name || file.name });
    } catch (err) {
      const message = isApiError(err) ? (err.details[0]?.message ?? err.message) : o.text.uploadFailed;
      o.onProblem(message);
      if (o.toastFailures) void Taro.showToast({ title: message, icon: 'none', duration: 2500 });
    } finally {
      o.onUploading(-1);
    }
  }
}
