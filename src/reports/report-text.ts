/** The certificate's formatting and text rules, shared with the annual report (one way to write a figure). */
export { formatPages, formatPeriod, formatTrees, impactLines } from '../certificates/certificate-view.js';
export { pdfText as pdfTextOf } from '../certificates/certificate-pdf.js';
