import {
  CloseCircleOutlined,
  DeleteOutlined,
  LoadingOutlined,
  PaperClipOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import type { FileRef } from '@steadywork/shared';
import { App, Button, Typography, Upload, type UploadFile, type UploadProps } from 'antd';
import { useState } from 'react';
import { t } from '../locales';
import {
  formatFileSize,
  IMAGE_ACCEPT,
  isImageFile,
  openFile,
  UPLOAD_ACCEPT,
  uploadFile,
  uploadProblem,
} from '../services/files';
import { ApiError } from '../services/request';

/** One entry of the upload list: `response` is the uploaded file once it is done. */
export type AttachmentFile = UploadFile<FileRef>;

/** Files already uploaded (an archive's `attachmentFiles`) as upload-list entries. */
export function toAttachmentFiles(refs: readonly FileRef[]): AttachmentFile[] {
  return refs.map((ref) => ({
    uid: ref.id,
    name: ref.name,
    size: ref.size,
    type: ref.mime,
    status: 'done',
    response: ref,
  }));
}

/** The ids of the uploaded files, in the list's order. */
export function attachmentIds(files: readonly AttachmentFile[] | undefined): string[] {
  return (files ?? []).flatMap((file) => (file.status === 'done' && file.response ? [file.response.id] : []));
}

/** What the user reads when an upload fails: the API's field message when it gave one. */
function uploadErrorOf(e: unknown): Error {
  if (e instanceof ApiError) return new Error(e.details?.map((d) => d.message).join('；') || e.message);
  return e instanceof Error ? e : new Error(t('files.failed'));
}

/** A file's name that fetches it with the session's token when clicked (a plain href has none). */
export function AttachmentLink({ file }: { file: Pick<FileRef, 'id' | 'name'> }) {
  const [busy, setBusy] = useState(false);
  const open = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await openFile(file);
    } catch (e) {
      // The request layer has told the user.
      if (!(e instanceof ApiError)) throw e;
    } finally {
      setBusy(false);
    }
  };
  return (
    <Typography.Link onClick={() => void open()} data-testid="attachment-link">
      {busy && <LoadingOutlined style={{ marginRight: 4 }} />}
      {file.name}
    </Typography.Link>
  );
}

interface InputProps {
  id?: string;
  /** The form's value: the upload list. */
  value?: AttachmentFile[];
  onChange?(files: AttachmentFile[]): void;
  /** How many files the field takes. */
  max: number;
  /** JPG and PNG only (photos): no PDF. */
  imagesOnly?: boolean;
}

/**
 * 证明材料: each chosen file is checked (type, size) and uploaded at once (POST /files); the list
 * shows every file uploading, uploaded (a link to it) or failed (why), and each can be removed.
 */
export function AttachmentsInput({ id, value, onChange, max, imagesOnly }: InputProps) {
  const { message } = App.useApp();
  const files = value ?? [];

  const beforeUpload: UploadProps<FileRef>['beforeUpload'] = (file, batch) => {
    const problem = uploadProblem(file);
    if (problem) {
      void message.error(t(problem === 'type' ? 'files.wrongType' : 'files.tooLarge', { name: file.name }));
      return Upload.LIST_IGNORE;
    }
    if (imagesOnly && !isImageFile(file)) {
      void message.error(t('files.notImage', { name: file.name }));
      return Upload.LIST_IGNORE;
    }
    if (files.length + batch.indexOf(file) >= max) {
      void message.error(t('files.tooMany', { max }));
      return Upload.LIST_IGNORE;
    }
    return true;
  };

  const customRequest: UploadProps<FileRef>['customRequest'] = ({ file, onSuccess, onError }) => {
    const abort = new AbortController();
    uploadFile(file as File, abort.signal).then(
      (ref) => onSuccess?.(ref),
      (e: unknown) => {
        // Removed while uploading: the entry is gone already.
        if (!abort.signal.aborted) onError?.(uploadErrorOf(e));
      },
    );
    return { abort: () => abort.abort() };
  };

  return (
    <Upload<FileRef>
      id={id}
      multiple
      accept={imagesOnly ? IMAGE_ACCEPT : UPLOAD_ACCEPT}
      fileList={files}
      beforeUpload={beforeUpload}
      customRequest={customRequest}
      onChange={({ fileList }) => onChange?.(fileList)}
      itemRender={(_, file, __, actions) => {
        const ref = file.status === 'done' ? file.response : undefined;
        return (
          <div
            data-testid="attachment-item"
            data-status={file.status}
            style={{ display: 'flex', alignItems: 'center', gap: 8, marginTop: 8 }}
          >
            {file.status === 'uploading' ? (
              <LoadingOutlined />
            ) : file.status === 'error' ? (
              <CloseCircleOutlined style={{ color: '#ff4d4f' }} />
            ) : (
              <PaperClipOutlined />
            )}
            <div style={{ flex: 1, minWidth: 0 }}>
              {ref ? <AttachmentLink file={ref} /> : <Typography.Text>{file.name}</Typography.Text>}
              {file.size !== undefined && (
                <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                  {formatFileSize(file.size)}
                </Typography.Text>
              )}
              {file.status === 'uploading' && (
                <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                  {t('files.uploading')}
                </Typography.Text>
              )}
              {file.status === 'error' && (
                <div>
                  <Typography.Text type="danger">{file.error?.message || t('files.failed')}</Typography.Text>
                </div>
              )}
            </div>
            <Button
              type="text"
              size="small"
              icon={<DeleteOutlined />}
              aria-label={t('files.remove')}
              title={t('files.remove')}
              onClick={actions.remove}
            />
          </div>
        );
      }}
    >
      <Button icon={<UploadOutlined />}>{t('files.upload')}</Button>
    </Upload>
  );
}
