/** Saves text or a built file (a .xlsx blob) as a file, made in the browser (nothing is sent anywhere). */
export function downloadFile(content: string | Blob, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}
