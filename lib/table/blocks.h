// Key/value blocks: each recommendation printed as a small table of its own, labels on the
// left ("Recommendation", "Agreed action", "Lead officer", "Target date") and values on the
// right, under a heading "Recommendation 3" or with the number in a label row of its own.
// Blocks follow each other down the pages, one may be split by a page break, and together
// they are one plan: a column per label, a row per block.
#pragma once

#include <string>
#include <vector>

#include "table/context.h"
#include "table/stitch.h"

namespace extract_plan::tabular {

/// How many rows of a two-column part have a label, how many of those name a known field,
/// and whether one names what is done (the action, a response or progress).
struct label_count {
  int labels = 0, known = 0;
  bool says_what_is_done = false;
};
label_count count_labels(const page_table& part);

/// Returns true when a part is a key/value block: two columns, the first naming a known field
/// (text::match_header) on at least two rows and on at least half of the rows with a label,
/// one of them what is done about it (an action, a response or progress). A report's cover
/// sheet ("Date", "Report author", "Recommendations") says nothing of what is done.
bool is_key_value_block(const page_table& part);

/// Returns the item number a heading gives the block under it: the last word of a short line
/// ("Recommendation 3", "Rec. 4:", "Action 2.1") when it reads as an item number; "" else.
std::string number_from_heading(const std::string& line);

/// Finds key/value blocks printed as lines, not tables: a label naming a known field at a left
/// edge ("Agreed action"), a gutter, and its value from an indent to its right, the value's
/// further lines starting at that indent with nothing left of it; a label alone is an empty
/// value. A block is two such labels or more at one edge with their values at one indent,
/// and ends at any other line. Each is returned as a two-column part, label and value.
std::vector<page_table> find_label_blocks(const std::vector<text_line>& lines, int page_number);

/// Gathers the key/value blocks of a document into plans as its pages come, one plan for
/// each run of blocks that no other plan interrupts.
///
/// A block starts at a part with a number (from its heading or a number label row), or whose
/// labels repeat the open block's; a part at the top of a page, without a number and with
/// labels of its own, is the rest of the block that ended the page before. A label row whose
/// label cell is empty carries on the value above it (a value split by the page break).
class block_gatherer {
 public:
  /// Takes the key/value blocks out of a page's plan parts (top to bottom) and returns the
  /// other parts, for the stitcher.
  std::vector<page_part> add_page(std::vector<page_part> parts);

  /// Returns the plans, each with a column per label in the order the blocks print them
  /// (after an unlabelled column of numbers when the blocks have numbers) and a row per
  /// block; called once, after the last page.
  std::vector<stitched_table> finish();

 private:
  struct block {
    std::string number;
    std::vector<cell_piece> number_pieces;
    page_span pages;
    // The values by label key, in the order printed.
    std::vector<std::string> keys;
    std::vector<std::vector<cell_line>> values;
    std::vector<std::vector<cell_piece>> pieces;
  };
  struct run {
    std::vector<std::string> keys, labels;  // the labels in order, and their keys
    std::vector<cell_piece> label_pieces;
    std::string number_label;  // a number row's label, if the blocks have one
    double top = 0;
    std::vector<block> blocks;
  };

  void add_block(const page_part& part);
  // Opens a new block (in a new run when it shares no label with the open one), unless the
  // part is the rest of the open block.
  void place_block(const page_part& part, block head, const std::vector<std::string>& keys);
  // Adds a part's label rows to the last block of `current`, and new labels to the run.
  static void take_rows(const page_table& t, std::size_t first, run& current);
  stitched_table to_table(run r) const;

  std::vector<run> runs_;
  bool open_ = false;             // a run is open: no other plan since its last block
  bool block_ends_page_ = false;  // the last block ended its page
  int last_page_ = 0;
};

}  // namespace extract_plan::tabular
