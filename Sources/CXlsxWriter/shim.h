#ifndef CUSTOMER_REVIEW_CXLSXWRITER_SHIM_H
#define CUSTOMER_REVIEW_CXLSXWRITER_SHIM_H
#include <xlsxwriter.h>
/* zlib, which libxlsxwriter links against: to inflate and check one part of a written
   workbook (XlsxQuotePrefix). */
#include <zlib.h>
/* glibc's malloc_trim: a run gives back what the threads that read its inputs freed before it
   writes its reports (FreedMemory). */
#include <malloc.h>
#endif
