#ifndef CUSTOMER_REVIEW_CXLSXWRITER_SHIM_H
#define CUSTOMER_REVIEW_CXLSXWRITER_SHIM_H
#include <xlsxwriter.h>
/* zlib, which libxlsxwriter links against: to inflate and check one part of a written
   workbook (XlsxQuotePrefix). */
#include <zlib.h>
#endif
