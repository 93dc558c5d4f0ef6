// A fixture for check_layers.py: a table unit that includes a header of fields, a layer
// above it, and Poppler's header outside lib/pdf.
#include <PDFDoc.h>

#include "fields/records.h"
