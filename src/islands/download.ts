/** Offers text or bytes (a zip, a spreadsheet) as a file download, as a link click would. */
export function downloadFile(fileName: string, data: string | Uint8Array, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
