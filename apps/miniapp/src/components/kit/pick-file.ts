import Taro from '@tarojs/taro';

/** A file the worker chose, ready for Taro.uploadFile. */
export interface PickedFile {
  path: string;
  name: string;
  size: number;
}

const DOCUMENT_EXTENSIONS = ['pdf', 'jpg', 'jpeg', 'png'];

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

/** True when the worker closed the picker without choosing. */
export function isCancel(err: unknown): boolean {
  const msg = (err as { errMsg?: string } | null)?.errMsg ?? '';
  return /cancel/i.test(msg);
}

/** Photos from the album or the camera (compressed); [] when cancelled. */
export async function pickImages(count: number): Promise<PickedFile[]> {
  try {
    const res = await Taro.chooseImage({ count, sizeType: ['compressed'], sourceType: ['album', 'camera'] });
    return res.tempFiles.map((file) => {
      const original = (file as { originalFileObj?: { name?: string } }).originalFileObj;
      return { path: file.path, size: file.size, name: original?.name || baseName(file.path) };
    });
  } catch (err) {
    if (isCancel(err)) return [];
    throw err;
  }
}

/**
 * A PDF or image file: from a WeChat chat on weapp (the only file source a mini-program has), from
 * the file system on H5. [] when cancelled.
 */
export async function pickDocument(): Promise<PickedFile[]> {
  if (process.env.TARO_ENV === 'h5') return pickWithInput();
  try {
    const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: DOCUMENT_EXTENSIONS });
    return res.tempFiles.map((file) => ({ path: file.path, size: file.size, name: file.name || baseName(file.path) }));
  } catch (err) {
    if (isCancel(err)) return [];
    throw err;
  }
}

/** H5 has no chooseMessageFile: a file input, its choice as an object URL uploadFile can read. */
function pickWithInput(): Promise<PickedFile[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png';
    input.style.display = 'none';
    const done = (files: PickedFile[]) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      done(file ? [{ path: URL.createObjectURL(file), name: file.name, size: file.size }] : []);
    });
    input.addEventListener('cancel', () => done([]));
    document.body.appendChild(input);
    input.click();
  });
}
