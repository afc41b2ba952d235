/** Progress goes to stderr: stdout carries only the report (the Markdown table and the RESULT line). */
export const log = (message: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
