// Two versions of a plan, record by record: the report a scrutiny committee gets each quarter
// is the same plan re-exported, with new statuses, progress notes and revised deadlines, and
// rows added, renumbered or quietly dropped.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "extract_plan/extract_plan.h"
#include "text/normalize.h"

namespace extract_plan {
namespace {

// A text without white space or hyphens: a change only in line breaks or line-end
// hyphenation ("Co-" / "ordinator" against "Coordinator") is none.
std::string squeezed(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '-') continue;
    // U+00AD soft hyphen, U+2010 hyphen, U+2011 non-breaking hyphen.
    if (s.compare(i, 2, "\xC2\xAD") == 0) {
      ++i;
      continue;
    }
    if (s.compare(i, 3, "\xE2\x80\x90") == 0 || s.compare(i, 3, "\xE2\x80\x91") == 0) {
      i += 2;
      continue;
    }
    out.push_back(s[i]);
  }
  return out;
}

// The words of a text, case-folded, for telling how alike two recommendations are.
std::multiset<std::string> words_of(const std::string& s) {
  std::multiset<std::string> out;
  std::string w;
  for (const char ch : text::fold_case(s) + " ") {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c >= 0x80) {
      w.push_back(ch);
    } else if (!w.empty()) {
      out.insert(w);
      w.clear();
    }
  }
  return out;
}

// Dice's coefficient of two word multisets: 1 for the same words, 0 for none in common.
double likeness(const std::multiset<std::string>& a, const std::multiset<std::string>& b) {
  if (a.empty() && b.empty()) return 1;
  std::size_t common = 0;
  auto i = a.begin();
  auto j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++common, ++i, ++j;
    }
  }
  return 2.0 * static_cast<double>(common) / static_cast<double>(a.size() + b.size());
}

// A record's texts in the order of its fields, then its unknown columns: a row of a plan of
// indicators has no recommendation or action, only these.
std::vector<const std::string*> texts_of(const record& r) {
  std::vector<const std::string*> out = {&r.recommendation, &r.action};
  for (const auto& [header, value] : r.other) out.push_back(&value);
  for (const std::string* s :
       {&r.lead_officer.text, &r.deadline.text, &r.response.text, &r.status, &r.progress}) {
    out.push_back(s);
  }
  return out;
}

// What a record is recognised by: its recommendation, or its action when it has none, or,
// with neither, all its text.
std::string identity_of(const record& r) {
  if (!r.recommendation.empty()) return r.recommendation;
  if (!r.action.empty()) return r.action;
  std::string all;
  for (const std::string* s : texts_of(r)) {
    if (!s->empty()) all += (all.empty() ? "" : " ") + *s;
  }
  return all;
}

// What a record is called in a report: its first text that is not empty.
std::string label_of(const record& r) {
  for (const std::string* s : texts_of(r)) {
    if (!s->empty()) return *s;
  }
  return "";
}

// Pairs old and new records, best first: the same number and alike texts (at least half
// their words shared), or texts nearly the same (four words in five) whatever the numbers
// say, as after a renumbering. Returns the new record matched to each old one (or -1).
std::vector<long> match_records(const std::vector<record>& old_records,
                                const std::vector<record>& new_records) {
  struct candidate {
    double score;
    std::size_t o, n;
  };
  std::vector<std::multiset<std::string>> old_words, new_words;
  for (const record& r : old_records) old_words.push_back(words_of(identity_of(r)));
  for (const record& r : new_records) new_words.push_back(words_of(identity_of(r)));
  std::vector<candidate> candidates;
  for (std::size_t o = 0; o < old_records.size(); ++o) {
    for (std::size_t n = 0; n < new_records.size(); ++n) {
      const double alike = likeness(old_words[o], new_words[n]);
      const bool same_number =
          !old_records[o].number.empty() && old_records[o].number == new_records[n].number;
      if (!(alike >= 0.8 || (same_number && alike >= 0.5))) continue;
      const bool same_table = old_records[o].table == new_records[n].table;
      candidates.push_back({alike + (same_number ? 0.5 : 0) + (same_table ? 0.1 : 0), o, n});
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const candidate& a, const candidate& b) { return a.score > b.score; });
  std::vector<long> match(old_records.size(), -1);
  std::vector<bool> taken(new_records.size(), false);
  for (const candidate& c : candidates) {
    if (match[c.o] >= 0 || taken[c.n]) continue;
    match[c.o] = static_cast<long>(c.n);
    taken[c.n] = true;
  }
  return match;
}

// The fields whose texts differ, in the order of the fields, then unknown columns by header.
std::vector<field_change> changed_fields(const record& a, const record& b) {
  std::vector<field_change> out;
  auto compare = [&](const char* name, const std::string& x, const std::string& y) {
    if (squeezed(x) != squeezed(y)) out.push_back({name, x, y});
  };
  compare("recommendation", a.recommendation, b.recommendation);
  compare("action", a.action, b.action);
  compare("lead_officer", a.lead_officer.text, b.lead_officer.text);
  compare("deadline", a.deadline.text, b.deadline.text);
  compare("response", a.response.text, b.response.text);
  compare("status", a.status, b.status);
  compare("progress", a.progress, b.progress);
  std::map<std::string, std::pair<std::string, std::string>> others;
  std::vector<std::string> order;
  for (const auto& [header, value] : a.other) {
    if (others.emplace(header, std::make_pair(value, "")).second) order.push_back(header);
  }
  for (const auto& [header, value] : b.other) {
    if (others.emplace(header, std::make_pair("", value)).second) order.push_back(header);
    others[header].second = value;
  }
  for (const std::string& header : order) {
    const auto& [x, y] = others[header];
    if (squeezed(x) != squeezed(y)) out.push_back({header, x, y});
  }
  return out;
}

// The latest end date a deadline names, as yyyymmdd; 0 for none.
int latest_end(const deadline_value& d) {
  int latest = 0;
  for (const date_span& s : d.dates) {
    if (s.end) latest = std::max(latest, s.end->year * 10000 + s.end->month * 100 + s.end->day);
  }
  return latest;
}

// True when a record says it is done, in its Status column or its deadline.
bool is_completed(const record& r) {
  if (r.deadline.status == deadline_status::completed) return true;
  return parse_deadline(r.status).status == deadline_status::completed;
}

record_change change_between(const record* old_record, const record* new_record) {
  record_change c;
  if (old_record != nullptr) {
    c.old_number = old_record->number;
    c.old_index = old_record->index;
    c.table = old_record->table;
  }
  if (new_record != nullptr) {
    c.new_number = new_record->number;
    c.new_index = new_record->index;
    c.table = new_record->table;
  }
  c.summary = label_of(new_record != nullptr ? *new_record : *old_record);
  if (old_record == nullptr || new_record == nullptr) {
    c.kind = old_record == nullptr ? change_kind::added : change_kind::removed;
    return c;
  }
  c.kind = change_kind::changed;
  c.fields = changed_fields(*old_record, *new_record);
  const int before = latest_end(old_record->deadline), after = latest_end(new_record->deadline);
  c.slipped = before > 0 && after > 0 && after > before;
  c.completed = is_completed(*new_record) && !is_completed(*old_record);
  return c;
}

}  // namespace

const char* to_string(change_kind kind) noexcept {
  switch (kind) {
    case change_kind::added:
      return "added";
    case change_kind::removed:
      return "removed";
    case change_kind::changed:
      return "changed";
  }
  return "changed";
}

document_diff diff_documents(const document& old_doc, const document& new_doc) {
  document_diff out;
  out.old_source = old_doc.source;
  out.new_source = new_doc.source;
  const std::vector<long> match = match_records(old_doc.records, new_doc.records);
  std::vector<long> matched_by(new_doc.records.size(), -1);
  for (std::size_t o = 0; o < match.size(); ++o) {
    if (match[o] >= 0) matched_by[static_cast<std::size_t>(match[o])] = static_cast<long>(o);
  }
  for (std::size_t n = 0; n < new_doc.records.size(); ++n) {
    const record* old_record =
        matched_by[n] >= 0 ? &old_doc.records[static_cast<std::size_t>(matched_by[n])] : nullptr;
    record_change c = change_between(old_record, &new_doc.records[n]);
    if (c.kind == change_kind::changed && c.fields.empty()) {
      ++out.unchanged;  // moved or renumbered only
      continue;
    }
    out.changes.push_back(std::move(c));
  }
  for (std::size_t o = 0; o < match.size(); ++o) {
    if (match[o] < 0) out.changes.push_back(change_between(&old_doc.records[o], nullptr));
  }
  return out;
}

}  // namespace extract_plan
