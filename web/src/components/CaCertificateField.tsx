import { useId, useState, type ChangeEvent } from 'react';
import './CaCertificateField.css';

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** A DER certificate (a binary .cer or .crt file) as PEM text; PEM text as it is. */
async function pemOfFile(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const text = new TextDecoder().decode(bytes);
  if (/-----BEGIN /.test(text) || bytes[0] !== 0x30) return text;
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  const lines = btoa(binary).match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

/** What the text holds, before the server checks it: a hint under the field, or a warning. */
function describePem(pem: string): { text: string; warn: boolean } {
  if (pem.trim() === '') return { text: 'None: Canopy trusts the system roots only.', warn: false };
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem))
    return { text: 'This is a private key: give the CA’s certificate, never a key.', warn: true };
  const n = pem.match(PEM_BLOCK)?.length ?? 0;
  if (n === 0) return { text: 'No certificate found: PEM text starts with -----BEGIN CERTIFICATE-----.', warn: true };
  return { text: n === 1 ? '1 certificate.' : `${n} certificates (a chain).`, warn: false };
}

/**
 * The portal's CA certificate: a file (.pem, .crt or .cer; a binary DER file is turned into PEM) or PEM text pasted.
 * The text is what is sent as `ca_pem`; empty means none.
 */
export function CaCertificateField({
  value,
  onChange,
  invalid,
  describedBy,
}: {
  value: string;
  onChange(pem: string): void;
  invalid?: boolean;
  /** Ids of further descriptions (an error about the field). */
  describedBy?: string;
}) {
  const id = useId();
  const [fileError, setFileError] = useState<string | null>(null);
  const hint = describePem(value);

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    setFileError(null);
    if (!file) return;
    try {
      onChange(await pemOfFile(file));
    } catch {
      setFileError(`${file.name} could not be read.`);
    }
  }

  return (
    <div className="field span-2 ca-field">
      <label htmlFor={`${id}-file`}>Portal CA certificate file</label>
      <input id={`${id}-file`} type="file" accept=".pem,.crt,.cer" onChange={(e) => void onFile(e)} aria-describedby={`${id}-hint`} />
      <label htmlFor={`${id}-pem`}>Portal CA certificate (PEM)</label>
      <textarea
        id={`${id}-pem`}
        rows={5}
        spellCheck={false}
        placeholder={'-----BEGIN CERTIFICATE-----\n…\n-----END CERTIFICATE-----'}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={invalid || hint.warn || undefined}
        aria-describedby={[`${id}-hint`, describedBy].filter(Boolean).join(' ')}
      />
      <p id={`${id}-hint`} className={hint.warn || fileError ? 'hint ca-field-warn' : 'hint'} data-testid="ca-pem-hint">
        {fileError ?? hint.text} Only for a portal whose certificate is signed by a private CA: Canopy trusts it for this server only.
      </p>
    </div>
  );
}
