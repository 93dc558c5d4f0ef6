// The command's allocator, when it links jemalloc (EXTRACT_PLAN_STATIC_CLI): its options,
// which jemalloc reads from this symbol as it starts, before the first allocation.
//
// Transparent huge pages for the heap and for jemalloc's own metadata: a document's reading
// touches one to two thousand pages of fresh memory (Poppler's objects, the words, lines and
// tables of the pages in the window), and on a virtual machine each first touch of a 4 KiB
// page is a fault costing some 10 microseconds, 10-20 ms in all on a 30-page plan. A huge
// page is one fault for 2 MiB. Where the kernel does not give huge pages, the option is
// without effect.

extern "C" {
extern const char* malloc_conf;
const char* malloc_conf = "thp:always,metadata_thp:always";
}
