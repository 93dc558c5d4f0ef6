#!/usr/bin/env python3
"""Write the sources of the eight extra corpus documents: grouped (two-row) headers,
footnotes in table cells, headers that name no known field, and key/value blocks
printed as label-and-value lines with no table.

    python3 samples/corpus/src/make_extra.py            write the eight sources
    python3 samples/corpus/src/make_extra.py NAME...    write only these
    python3 samples/corpus/src/make_extra.py --check    compare each NAME.truth.json
                                                       with its PDF (needs pdftotext)
    python3 samples/corpus/src/make_extra.py --truth NAME
                                                       write a draft truth
                                                       (NAME.truth.json.draft if one exists)

The content is in this script (DOCS below), not in src/NAME.content.json: a content
file there would be picked up by make_corpus.py, which knows neither grouped headers
nor footnotes.  The two "unknown-headers" documents are plain tables whose headings
(Champion/Milestone, Tag/Sponsor) name no field the extractor knows.  The two
"label-lines" documents have no table at all.
generate-extra.sh turns the sources into PDFs.

    adult-social-care-plan-grouped-header     src/NAME.html -> headless Chromium
    waste-strategy-plan-grouped-header-fodt   src/NAME.fodt -> LibreOffice Writer
    domestic-abuse-review-footnotes-fodt      src/NAME.fodt -> LibreOffice Writer
    leisure-review-footnotes-html             src/NAME.html -> headless Chromium
    neighbourhood-plan-unknown-headers-html   src/NAME.html -> headless Chromium
    tenancy-audit-unknown-headers-fodt        src/NAME.fodt -> LibreOffice Writer
    planning-enforcement-response-label-lines-html  src/NAME.html -> headless Chromium
    leisure-trust-response-label-lines-fodt   src/NAME.fodt -> LibreOffice Writer

Content, as in make_corpus.py (a document's layout from document() below; a table row
is a list: the number, then a cell per column), plus:

  table "groups": the upper header row, a list of [label, span]; a label of null
      means the leaf column below is merged down over both header rows (span 1).
      The truth header of a column under a group is "Group / Leaf".
  "[[key]]" inside a cell: a footnote marker.  table "notes" maps key -> text.
      LibreOffice: a real footnote (<text:note>), numbered by Writer in document
      order, its text at the foot of the page.  Chromium: <sup>N</sup>, N given at
      the key's first use (a key used twice prints the same number), and the
      texts as a small-type numbered list right after the table.
      In the truth the markers are dropped from the cell text and a record with
      markers gets "footnotes": [{"marker": N, "text": ...}] in row order.
  cell "rag": a table "rag_col" index; that cell is tinted by its value.
  {"kv": [number, value, ...]}: a key/value block, laid out by the document's
      kv = {"labels": [...], "heading": "Recommendation {n}", "indent": cm}: the bold
      heading, then a line per label: the label at the left margin and its value from
      `indent` cm to its right, a long value's further lines starting at the indent
      (no table, no rules).  Chromium: a <dl>, each label and value a <div> (kept
      whole) holding a <dt> floated left, `indent` wide, and a <dd> with that left
      margin.  LibreOffice: a paragraph per label, "Label<TAB>value", its left indent
      at the tab stop and its first line indented back to the margin (kept whole).
      An empty value prints the label alone.  All the blocks are one plan in the
      truth: headers "" (the number comes from the heading) and the labels, a
      record per block.

Standard library only.
"""

import re
import sys

import corpus_files
from corpus_files import BULLETS
from corpus_markup import (cell_paras, fodt, html_cell, html_head, lo_cell, lo_cell_style, lo_label_lines,
                           lo_label_style, lo_list_style, lo_table_styles, LO_ROW_STYLE, x)
import corpus_markup

NOTE_RE = re.compile(r"\[\[(\w+)\]\]")


def document(producer, orientation, margins, font, size, header_size, header_align, header, blocks,
             kv=None):
    """A document on A4 with a running header (its lines joined by a space are the
    title) and a "Page X of Y" footer.  kv: how its key/value blocks look (see the
    module docstring)."""
    w, h = (29.7, 21.0) if orientation == "landscape" else (21.0, 29.7)
    doc = {"producer": producer, "title": " ".join(header),
           "layout": {"page_w": w, "page_h": h, "margins": margins, "font": font, "size": size,
                      "header_size": header_size, "running_header": header,
                      "header_align": header_align, "footer": "Page {page} of {pages}"},
           "blocks": blocks}
    if kv:
        doc["kv"] = kv
    return doc


# ===========================================================================
# Content
# ===========================================================================
DOCS = {}

DOCS["adult-social-care-plan-grouped-header"] = document(
    "chromium", "landscape", [2.2, 1.5, 1.7, 1.5], "Liberation Sans", 10, 9, "center",
    ["Adult Social Care and Health Scrutiny Committee – 12 February 2026",
     "Reablement Task and Finish Group: Action Plan Progress Report"], [
        {"h1": "Reablement Task and Finish Group – Action Plan Progress"},
        {"p": "Cabinet accepted all ten recommendations of the task and finish group on 9 July 2025. "
              "The table below sets out the agreed actions and the position at 31 January 2026. "
              "Ratings are given by the lead officer: green means on track or complete, amber means "
              "some slippage that can be recovered, and red means off track or at risk."},
        {"table": {
            "style": "grid", "rag_col": 5,
            "groups": [[None, 1], [None, 1], ["Action plan", 3], ["Progress", 2]],
            "columns": ["No.", "Recommendation", "Action", "Lead officer", "Target date", "RAG", "Update"],
            "widths": [1.1, 5.4, 5.7, 3.3, 2.5, 1.6, 7.1],
            "rows": [
                ["1",
                    "That reablement capacity is increased so that everyone leaving hospital who could benefit from reablement is offered it within 48 hours of discharge.",
                    ["- Recruit eighteen additional reablement support workers through the autumn recruitment campaign.",
                     "- Extend rostered hours to 8pm, seven days a week, from January 2026."],
                    "Head of Reablement and Home First",
                    "31 March 2026", "Amber",
                    ["Twelve of the eighteen posts have been filled and the new staff completed their induction in December 2025. Evening rosters began on 5 January 2026.",
                     "A second recruitment round, aimed at the rural localities where vacancies remain, closes on 13 February 2026. The proportion of people offered reablement within 48 hours of discharge rose from 61% in Q2 to 72% in Q3."]],
                ["2",
                    "That occupational therapy assessments take place in the person's own home wherever possible, rather than on the hospital ward.",
                    "Transfer two hospital occupational therapists to the community reablement team and agree a trusted assessor protocol with the acute trust for ward-based screening.",
                    "Principal Occupational Therapist",
                    "Q4 2025/26", "Green",
                    "Both posts transferred on 1 November 2025 and the trusted assessor protocol was signed by the council and the trust in December. Home-based assessments now account for 83% of reablement assessments, against a target of 75%."],
                ["3",
                    "That people who use reablement, and their carers, are asked about their experience at the end of every episode and that the results are reported to the committee every six months.",
                    "Introduce a short exit survey (paper, telephone and online), co-produced with the Carers' Forum and Healthwatch.",
                    "Service Manager, Quality and Practice",
                    "30 September 2025", "Green",
                    "Complete. The survey went live in September 2025 and 412 responses had been received by the end of December, a response rate of 38%. The first six-monthly report will come to the committee in April 2026."],
                ["4",
                    "That the council and the Integrated Care Board agree a pooled budget for intermediate care, so that reablement, bed-based rehabilitation and community therapy are commissioned as one service.",
                    ["- Map current spend on intermediate care across the council and the ICB.",
                     "- Draft a section 75 agreement for a pooled budget.",
                     "- Take the agreement to Cabinet and the ICB Board for approval."],
                    "Director of Adult Social Care",
                    "1 April 2026", "Red",
                    ["The spend mapping is complete and shows combined spend of £14.2m in 2024/25. Drafting of the section 75 agreement has been delayed because the ICB is restructuring its commissioning teams and has not yet confirmed who will hold the budget.",
                     "A revised timetable proposes Cabinet approval in June 2026 and a start date of 1 October 2026. The committee is asked to note that the original target date will not be met."]],
                ["5",
                    "That assistive technology is considered in every reablement plan, and that reablement staff can order equipment directly without a separate referral.",
                    "Give reablement staff trusted ordering rights for a standard catalogue of assistive technology and add a prompt to the reablement plan template.",
                    "Technology Enabled Care Manager",
                    "Ongoing", "Green",
                    "Ordering rights were given to 46 staff in October 2025 after a half-day training session. Assistive technology now features in 57% of reablement plans, up from 22% at the start of the review. Take-up will be reported in each quarterly update."],
                ["6",
                    "That no one waits in reablement for a long-term home care package for more than seven days after their reablement goals have been met.",
                    ["- Agree a handover standard with the home care providers on the framework.",
                     "- Hold a weekly brokerage panel for everyone waiting longer than five days."],
                    "Head of Commissioning (Care at Home)",
                    "End of Q1 2026/27", "Amber",
                    ["The weekly panel has met since 3 November 2025. The number of people waiting more than seven days fell from 34 in October to 19 in January.",
                     "Waits in the north of the county remain long because two providers have handed back packages. A provider engagement event is planned for March."]],
                ["7",
                    "That all reablement staff are trained in strengths-based practice.",
                    "Deliver a one-day course in strengths-based practice to every reablement support worker and team leader, followed by reflective group supervision.",
                    "Workforce Development Manager",
                    "31 December 2025", "Green",
                    "Complete. 131 of 134 staff have attended; the remaining three are on long-term leave and will attend on their return."],
                ["8",
                    "That reablement is offered to tenants of extra care housing schemes in the same way as to people living in their own homes.",
                    "Pilot an in-house reablement offer at two extra care schemes, working with the housing providers' on-site care teams.",
                    "Head of Reablement and Home First",
                    "Q3 2026/27", "Amber",
                    "One housing provider has agreed to take part; the second scheme has still to be identified. The pilot will now start in the summer rather than in April as planned."],
                ["9",
                    "That the committee receives a quarterly dashboard of reablement outcomes, including the proportion of people who need no further care and the proportion still at home 91 days after discharge.",
                    "Build the dashboard from the case management system and the NHS discharge data set.",
                    "Head of Performance and Intelligence",
                    "Ongoing", "Green",
                    "The first dashboard was published in November 2025 and is appended to this report. 68% of people completing reablement needed no further long-term care, and 84% were still at home 91 days after discharge."],
                ["10",
                    "That the council reviews its charging policy so that reablement remains free of charge for up to six weeks, however the service is delivered.",
                    "Review the charging policy for short-term services and consult on any changes.",
                    "Head of Finance (Adults and Health)",
                    "30 June 2026", "Amber",
                    ""],
            ]}},
        {"p": "The committee is asked to note the progress made and to agree that a further update is brought to its meeting in July 2026."},
    ])

DOCS["waste-strategy-plan-grouped-header-fodt"] = document(
    "lo", "landscape", [1.4, 1.6, 1.3, 1.6], "Liberation Serif", 10.5, 9.5, "right",
    ["Environment and Climate Scrutiny Committee – 4 March 2026",
     "Waste Strategy Task Group – Response and Delivery Plan"], [
        {"h1": "Waste Strategy Task Group: Response and Delivery Plan"},
        {"p": "The task group reported to Cabinet on 14 January 2026. Cabinet agreed the nine recommendations below and asked officers to report progress to this committee every six months. Status is reported by the owner of each action."},
        {"table": {
            "style": "lightrules",
            "groups": [[None, 1], [None, 1], ["Delivery", 3], ["Monitoring", 2]],
            "columns": ["Ref", "Recommendation", "Action", "Owner", "Due date", "Status", "Comments"],
            "widths": [1.3, 6.0, 6.6, 3.4, 2.5, 2.1, 4.6],
            "rows": [
                ["W1",
                    "That the council adopts a target of recycling 55% of household waste by 2030, with interim annual targets published in the waste strategy.",
                    "Include the 55% target and interim annual targets in the draft Resources and Waste Strategy 2026–2035 and consult residents on it.",
                    "Head of Waste and Recycling", "30 April 2026", "On track",
                    "The draft strategy was approved for consultation by Cabinet on 11 February 2026; the consultation runs until 8 April."],
                ["W2",
                    "That weekly food waste collections are introduced for every household, including flats, by the statutory deadline.",
                    ["- Procure 24 food waste vehicles and 160,000 kerbside caddies.",
                     "- Roll out collections in four phases, starting with the western rounds.",
                     "- Give every flat a kitchen caddy and a communal food waste bin."],
                    "Waste Services Manager", "31 March 2026", "Delayed",
                    "Vehicles were delivered in January 2026. Phases 1 and 2 (78,000 households) went live on 2 February. Phases 3 and 4 will follow in May because caddy deliveries are late."],
                ["W3",
                    "That the charge for the garden waste service is held at £52 for 2026/27 and that a concession is offered to households receiving Council Tax Support.",
                    "Set the 2026/27 charge in the fees and charges report and design the concession with the Revenues and Benefits team.",
                    "Head of Waste and Recycling", "Q1 2026/27", "On track",
                    "The charge was agreed in the budget on 25 February 2026. The concession will be offered from the start of the new subscription year."],
                ["W4",
                    "That enforcement against fly-tipping is strengthened, including wider use of fixed penalty notices and of deployable cameras at hotspot sites, and that the results are published.",
                    ["- Buy six more deployable cameras.",
                     "- Publish each quarter the number of fixed penalty notices issued and prosecutions brought.",
                     "- Run a 'Your duty of care' campaign with landlords and letting agents."],
                    "Environmental Enforcement Team Leader", "Ongoing", "On track",
                    "Cameras are deployed at 14 hotspot sites. 212 fixed penalty notices were issued in Q3, against 131 in Q3 last year, and four cases have been passed to Legal Services for prosecution."],
                ["W5",
                    "That the booking system at household waste recycling centres is reviewed, with a view to allowing residents to visit without booking at quieter times.",
                    "Trial booking-free mornings on Tuesdays and Wednesdays at the two largest sites, monitoring queues and traffic on the approach roads.",
                    "Contracts Manager (HWRCs)", "30 September 2026", "Not started",
                    ""],
                ["W6",
                    "That textiles, small electrical items and household batteries are collected at the kerbside.",
                    "Carry out a cost-benefit appraisal of kerbside collection of textiles, small electricals and batteries, including options for working with local charities and reuse organisations.",
                    "Waste Strategy Officer", "End of Q2 2026/27", "On track",
                    "Appraisal brief agreed; consultant appointed in January 2026."],
                ["W7",
                    "That recycling in flats and houses in multiple occupation is improved through better bin stores, clearer signage and closer work with managing agents.",
                    ["- Audit the bin stores at the 120 largest blocks of flats.",
                     "- Provide new signage and a reusable recycling bag to every flat.",
                     "- Agree a protocol with managing agents for reporting contaminated bins."],
                    "Recycling and Waste Minimisation Manager", "31 December 2026", "Delayed",
                    "The bin store audit is 60% complete. Signage has been designed with residents' groups, but printing is on hold until the food waste caddies are in place so that both services can be promoted together."],
                ["W8",
                    "That the feasibility of a reuse shop at the Northgate recycling centre is investigated, working with a local social enterprise.",
                    "Invite expressions of interest from social enterprises and report the options to the Cabinet Member for Environment.",
                    "Contracts Manager (HWRCs)", "March 2027", "Not started",
                    "To begin once the booking trial (W5) has ended."],
                ["W9",
                    "That progress on this plan is reported to the committee every six months.",
                    "Add the plan to the committee's work programme.",
                    "Scrutiny Officer", "Ongoing", "Complete",
                    "Next update due in September 2026."],
            ]}},
    ])

DOCS["domestic-abuse-review-footnotes-fodt"] = document(
    "lo", "portrait", [1.5, 2.0, 1.4, 2.0], "Liberation Sans", 10, 9, "center",
    ["Communities and Community Safety Scrutiny Panel",
     "Domestic Abuse Scrutiny Review – Executive Response and Action Plan"], [
        {"h1": "Domestic Abuse Scrutiny Review"},
        {"p": "The Executive considered the panel's report on 3 February 2026 and accepted all nine recommendations. The action plan below was agreed with the Domestic Abuse Local Partnership Board."},
        {"table": {
            "style": "grid",
            "columns": ["No.", "Recommendation", "Proposed action", "Lead officer", "Deadline"],
            "widths": [1.1, 5.0, 5.6, 3.0, 2.3],
            "notes": {
                "grant": "Domestic Abuse Safe Accommodation grant; the 2026/27 allocation of £1.12m was confirmed in December 2025.",
                "june": "First units available from June 2026; all six occupied by September 2026.",
                "jointly": "Jointly with the Housing Options Manager from April 2026.",
                "daha": "Accreditation is awarded by the Domestic Abuse Housing Alliance after an on-site assessment.",
                "schools": "Including the two pupil referral units and the three academies outside the local authority's trust arrangements.",
                "respect": "Respect is the national membership body for perpetrator programmes; only accredited programmes will be commissioned.",
                "emp": "Date of the Employment Committee meeting; the policy would take effect from 1 October 2026.",
                "langs": "As recorded in the 2021 Census for the county.",
                "panel": "To be confirmed when the panel's work programme for 2026/27 is agreed.",
            },
            "rows": [
                ["1",
                    "That the council commissions additional safe accommodation for survivors with complex needs, including survivors with no recourse to public funds, so that no one is turned away from a refuge because their needs are too high.",
                    ["Commission six dispersed units of safe accommodation with specialist support for survivors with complex needs, funded from the safe accommodation grant[[grant]].",
                     "Agree with the Home Office a protocol for survivors with no recourse to public funds."],
                    "Head of Housing Services",
                    "June 2026[[june]]"],
                ["2",
                    "That every council officer who visits residents in their homes completes domestic abuse awareness training, and that training is refreshed every two years.",
                    "Make the domestic abuse e-learning module mandatory for housing, adult social care, environmental health and revenues staff who visit homes, with a half-day face-to-face course for team leaders.",
                    "Head of Organisational Development",
                    "31 March 2026"],
                ["3",
                    "That the council achieves DAHA accreditation[[daha]] for its landlord and housing options services.",
                    ["Complete the DAHA self-assessment, update the tenancy policies on management transfers and rent arrears, and train all housing officers.",
                     "Submit the application for accreditation."],
                    "Tenancy Services Manager[[jointly]]",
                    "December 2026"],
                ["4",
                    "That the Multi-Agency Risk Assessment Conference (MARAC) is given the capacity to hear every high-risk case within two weeks of referral.",
                    ["- Review the MARAC operating protocol with the police and health partners.",
                     "- Recruit a second MARAC coordinator, funded jointly with the Police and Crime Commissioner.",
                     "- Report the time from referral to hearing each quarter."],
                    "Community Safety Manager",
                    "Q2 2026/27"],
                ["5",
                    "That children who experience domestic abuse are recognised as victims in their own right and have access to specialist support in school.",
                    "Extend the children and young people's independent domestic violence advocate service to every secondary school[[schools]] and train a designated safeguarding lead in each school as an Operation Encompass contact.",
                    "Assistant Director, Early Help",
                    "End of Summer Term 2026"],
                ["6",
                    "That the council commissions a programme that works with perpetrators to change their behaviour.",
                    "Commission an accredited[[respect]] perpetrator behaviour change programme for the county, with an integrated support service for partners and ex-partners.",
                    "Community Safety Manager",
                    "Q4 2026/27"],
                ["7",
                    "That the council adopts a domestic abuse policy for its own employees, including up to ten days' paid safe leave.",
                    "Draft the policy with the recognised trade unions and take it to the Employment Committee for approval.",
                    "Head of Human Resources",
                    "30 September 2026[[emp]]"],
                ["8",
                    "That the council's website gives clear information on where to get help, in the languages most spoken in the county.",
                    "Publish a single domestic abuse page with a quick-exit button, and translations into the ten most common community languages[[langs]].",
                    "Digital Services Manager",
                    "Ongoing"],
                ["9",
                    "That the panel receives a report on progress against this plan in twelve months' time.",
                    "",
                    "Scrutiny Officer",
                    "April 2027[[panel]]"],
            ]}},
    ])

DOCS["leisure-review-footnotes-html"] = document(
    "chromium", "portrait", [2.0, 2.0, 1.8, 2.0], "Liberation Serif", 11, 9.5, "left",
    ["Place Overview and Scrutiny Committee – 18 June 2026"], [
        {"h1": "Review of Leisure Facilities – Recommendations and Response"},
        {"p": "This report sets out the Cabinet's response to the committee's review of the council's leisure facilities, which was completed in March 2026. Notes on particular actions are listed after the table."},
        {"table": {
            "style": "hrules",
            "columns": ["No.", "Recommendation", "Proposed action", "Lead officer", "Deadline"],
            "widths": [1.0, 5.0, 5.8, 3.0, 2.2],
            "notes": {
                "capital": "Subject to Cabinet approval of the capital programme.",
                "operator": "Date agreed with the leisure operator as part of the contract variation.",
                "shared": "Post shared with the neighbouring district council (0.5 FTE).",
                "meeting": "Provisional: the committee's meeting dates for 2026/27 have yet to be agreed.",
            },
            "rows": [
                ["1",
                    "That the council keeps and refurbishes Riverside Leisure Centre rather than building a new centre on the Eastfield site.",
                    ["Prepare a refurbishment business case, including a new learner pool, a larger gym and a replacement heating system using air-source heat pumps[[capital]].",
                     "The business case will compare the whole-life cost of refurbishment with the new-build option considered by Cabinet in 2024, and will set out how the centre can stay open during the works."],
                    "Head of Leisure and Culture",
                    "December 2026"],
                ["2",
                    "That a concessionary membership is available to all residents receiving means-tested benefits, to unpaid carers and to care leavers.",
                    "Introduce a Leisure Access card giving half-price pay-as-you-go sessions and memberships at every council leisure site, promoted through the Family Hubs and the Carers' Centre.",
                    "Leisure Contract Manager",
                    "1 September 2026[[operator]]"],
                ["3",
                    "That swimming lessons are free for every primary school pupil who cannot swim 25 metres by the end of Year 5.",
                    ["Fund top-up swimming lessons in Year 6 through the school swimming programme, and publish each school's swimming attainment in the annual school sport report.",
                     "Schools will be asked to identify the pupils concerned at the start of Year 6, and the leisure operator will offer lessons at Riverside and Northgate outside school hours as well as in the school day."],
                    "School Sport Partnership Manager",
                    "End of Summer Term 2027"],
                ["4",
                    "That the changing rooms at Eastfield playing fields are replaced, so that women's and girls' teams can use the pitches.",
                    "Bid to the Football Foundation for 70% of the cost, with the remainder met from developer contributions[[capital]].",
                    "Parks and Open Spaces Manager",
                    "Q3 2026/27"],
                ["5",
                    "That the council works with the leisure operator to cut energy use at its leisure sites by 20% by 2028.",
                    ["- Install solar panels on the sports hall roof at Northgate Sports Centre.",
                     "- Replace the pool covers at Riverside and Northgate.",
                     "- Fit LED lighting in the sports halls and car parks at all three sites.",
                     "- Report energy use each quarter to the Leisure Partnership Board."],
                    "Energy and Climate Manager[[shared]]",
                    "31 March 2028"],
                ["6",
                    "That a Changing Places toilet is provided at every council leisure centre.",
                    ["Install Changing Places facilities at Riverside and Northgate, funded from the government's Changing Places Fund, and list them on the national map.",
                     "Riverside's facility will be built as part of the refurbishment; Northgate's is planned for the 2027/28 programme[[capital]]."],
                    "Head of Leisure and Culture",
                    "Ongoing"],
                ["7",
                    "That the leisure operator's performance against the contract is reported to this committee every year.",
                    "Add an annual item to the committee's work programme, starting with the 2025/26 contract year.",
                    "Leisure Contract Manager",
                    "October 2026[[meeting]]"],
                ["8",
                    "That the council explores the community asset transfer of the Hill Street bowls pavilion.",
                    ["Consult the bowls club and ward councillors on a transfer, and report the options to the Cabinet Member.",
                     "The club's lease ends in March 2027 and any transfer would need to be agreed before then."],
                    "",
                    "TBC"],
            ]}},
    ])


DOCS["neighbourhood-plan-unknown-headers-html"] = document(
    "chromium", "portrait", [2.0, 1.8, 1.8, 1.8], "Liberation Sans", 10, 9, "center",
    ["Planning and Regulatory Scrutiny Committee – 21 January 2026",
     "Neighbourhood Planning Review: Recommendations and Next Steps"], [
        {"h1": "Neighbourhood Planning Review – Recommendations and Next Steps"},
        {"p": "The committee's task group looked at the support the council gives to parish and town councils "
              "and neighbourhood forums preparing neighbourhood plans. Cabinet agreed its nine recommendations "
              "on 10 December 2025. Each recommendation has a champion, the officer accountable for seeing it "
              "through, and a milestone by which the next steps will be complete."},
        {"table": {
            "style": "grid",
            "columns": ["No.", "Recommendation", "Next steps", "Champion", "Milestone"],
            "widths": [1.2, 5.2, 5.6, 3.0, 2.4],
            "rows": [
                ["K1",
                    "That the council publishes a clear service offer for neighbourhood planning groups, setting out the advice, data and funding they can expect at each stage of preparing a plan.",
                    ["- Draft the service offer with the Association of Local Councils.",
                     "- Publish it on the council's website alongside a step-by-step guide for steering groups.",
                     "- Review the offer after twelve months."],
                    "Head of Planning Policy",
                    "31 March 2026"],
                ["K2",
                    "That every designated neighbourhood area has a named officer contact who attends steering group meetings when invited.",
                    "Allocate each of the 23 designated areas to an officer in the Planning Policy team and publish the list of contacts, updating it whenever a new area is designated.",
                    "Priya Shah, Neighbourhood Planning Officer",
                    "Q1 2026/27"],
                ["K3",
                    "That the council shares its evidence base, including housing need figures, site assessments and mapping, with neighbourhood planning groups free of charge.",
                    ["Set up a shared online folder for each neighbourhood area holding the latest evidence base documents and mapping layers.",
                     "Give a housing requirement figure to each designated area that asks for one, in line with the National Planning Policy Framework."],
                    "Principal Planning Officer (Evidence and Data)",
                    "30 June 2026"],
                ["K4",
                    "That examination and referendum costs are met in full by the council, using the government's neighbourhood planning grant.",
                    "Claim the grant for each plan as it reaches the examination and referendum stages, and pay the examiner's fees directly.",
                    "Finance Business Partner (Place)",
                    "Ongoing"],
                ["K5",
                    "That made neighbourhood plans are given proper weight in planning decisions, and that officer reports on planning applications say how the relevant plan has been applied.",
                    ["- Add a neighbourhood plan section to the template for delegated and committee reports.",
                     "- Train development management officers and members of the Planning Committee on the weight to be given to made plans.",
                     "- Audit a sample of twenty decisions each year to check that plan policies have been applied correctly, and report the results to the Planning Policy Working Group."],
                    "Development Management Manager",
                    "September 2026"],
                ["K6",
                    "That young people are involved in preparing neighbourhood plans, working with local schools and youth councils.",
                    ["Produce a schools engagement pack with lesson plans on planning and place-making, and pilot it with four primary and two secondary schools in areas that are preparing a plan.",
                     "Invite the district youth council to run a workshop on the draft plan in each pilot area, and report what young people said to the steering groups concerned."],
                    "",
                    "End of Summer Term 2026"],
                ["K7",
                    "That neighbourhood plans more than five years old are reviewed so that their policies stay up to date.",
                    "Write to the qualifying bodies of the eleven plans made before 2021 offering a health check of their policies against the emerging Local Plan.",
                    "Priya Shah, Neighbourhood Planning Officer",
                    "Q3 2026/27"],
                ["K8",
                    "That the Local Plan review takes account of the policies and site allocations in made and emerging neighbourhood plans.",
                    "Hold a quarterly liaison meeting between the Local Plan team and the chairs of the neighbourhood plan steering groups until the Local Plan is submitted for examination.",
                    "Head of Planning Policy",
                    ""],
                ["K9",
                    "That the committee receives an annual report on neighbourhood planning activity in the district.",
                    "Add the annual report to the committee's work programme, starting in January 2027.",
                    "Scrutiny and Democratic Services Officer",
                    "January 2027"],
            ]}},
        {"p": "The committee is asked to note the next steps and milestones above and to agree that the first "
              "annual report is brought to its meeting in January 2027."},
    ])

DOCS["tenancy-audit-unknown-headers-fodt"] = document(
    "lo", "portrait", [1.5, 1.8, 1.4, 1.8], "Liberation Serif", 10.5, 9.5, "right",
    ["Audit and Governance Committee – 10 March 2026",
     "Internal Audit Report 2025/26-14: Tenancy Management – Management Response"], [
        {"h1": "Tenancy Management Audit – Management Response"},
        {"p": "Internal Audit reviewed the controls over tenancy sign-up, tenancy checks, successions and the "
              "recovery of homes that are sublet or abandoned. The audit gave a limited assurance opinion and "
              "raised the eight issues below. The Housing Management team has agreed a response to each, with "
              "a sponsor and a go-live date for the change."},
        {"table": {
            "style": "hrules",
            "columns": ["Tag", "Issue", "Our response", "Sponsor", "Target date"],
            "widths": [1.4, 5.1, 5.9, 2.9, 2.1],
            "rows": [
                ["T-01",
                    "Identity and right-to-rent checks at tenancy sign-up were not evidenced on the housing management system for 9 of the 25 new tenancies tested.",
                    ["- Make the upload of identity documents a mandatory step in the sign-up workflow, so that a tenancy cannot be started without them.",
                     "- Remind all Housing Officers of the checking procedure at the March team briefing."],
                    "Head of Housing Management", "1 April 2026"],
                ["T-02",
                    "Tenancy audits (home visits to confirm that the tenant lives in the property) have fallen behind: 41% of the homes due a visit in 2024/25 were not visited.",
                    "Introduce a risk-based programme in which every home is visited at least once every five years, with yearly visits to homes flagged by data matching, and report completion rates to the Housing Leadership Team each month.",
                    "Tenancy Services Manager", "Q1 2026/27"],
                ["T-03",
                    "Succession and assignment requests were decided without a second officer's review, and in two cases the applicant's eligibility was not fully verified.",
                    ["Require a team leader to approve every succession and assignment decision on the system before the tenancy is changed.",
                     "Update the tenancy policy and the officer guidance to set out the evidence needed for each type of request."],
                    "Tenancy Services Manager", "30 June 2026"],
                ["T-04",
                    "Data matches from the National Fraud Initiative for 2024/25 had not been reviewed, and there was no record of which matches had been closed or why.",
                    "Assign the outstanding matches to the Tenancy Fraud Investigator and record the outcome of each in the case management module, with a monthly report to the Counter Fraud Manager.",
                    "Mark Ellis, Counter Fraud Manager", "31 May 2026"],
                ["T-05",
                    "Keys to empty and abandoned homes were not signed in and out, and the key log at the Eastgate depot had not been completed since October 2025.",
                    ["- Replace the paper log with electronic key cabinets at both depots.",
                     "- Carry out a monthly spot check of the keys held against the list of empty homes.",
                     "- Remind contractors of the key handling procedure at the next contract meeting, and add it to the contract's induction pack for new operatives."],
                    "Voids and Lettings Manager", "September 2026"],
                ["T-06",
                    "Abandonment notices were served without the checks the procedure requires, including contacting next of kin and checking benefit records, in three of the eight cases tested.",
                    "Introduce a checklist that a team leader must sign before an abandonment notice is served, and review the eight cases tested to make sure that the council's position is secure.",
                    "Head of Housing Management", "w/c 13 April 2026"],
                ["T-07",
                    "Staff dealing with tenancy fraud referrals had not been trained since 2022.",
                    "Provide tenancy fraud awareness training for all front-line housing staff through the e-learning platform, with a refresher every two years.",
                    "Learning and Development Adviser (Housing)", "Ongoing"],
                ["T-08",
                    "The performance information on tenancy management reported to the Housing Leadership Team did not include tenancy audits, successions or recovered homes.",
                    "Add these three measures to the monthly housing performance report and to the annual report to tenants.",
                    "Housing Performance Lead", "Q2 2026/27"],
            ]}},
        {"p": "Internal Audit will follow up the agreed actions in October 2026 and report the results to the committee."},
    ])

DOCS["planning-enforcement-response-label-lines-html"] = document(
    "chromium", "portrait", [2.0, 2.0, 1.8, 2.0], "Liberation Sans", 10.5, 9, "center",
    ["Regeneration and Environment Scrutiny Panel – 26 February 2026",
     "Review of Planning Enforcement – Cabinet Response"], [
        {"h1": "Review of Planning Enforcement – Response to the Panel's Recommendations"},
        {"p": "The panel's review of planning enforcement was reported to Cabinet on 20 January 2026. "
              "Cabinet accepted seven of the eight recommendations in full and one in part. The response "
              "to each recommendation, the lead officer and the date by which the work will be done are "
              "set out below; the status is as at 13 February 2026."},
        {"kv": ["1",
            "That the council publishes a local enforcement plan setting out how breaches of planning "
            "control will be prioritised, the timescales residents can expect and how complainants will "
            "be kept informed.",
            "Agreed. A draft Local Enforcement Plan has been prepared. It sorts cases into three priority "
            "levels, sets a target of a site visit within two working days for the highest priority cases "
            "(such as unauthorised works to listed buildings or protected trees) and within ten working "
            "days for all others, and commits officers to updating complainants at each stage of an "
            "investigation. The draft will be published for six weeks' consultation in April, and the "
            "final plan will be adopted by Cabinet in June.",
            "Planning Enforcement Manager",
            "30 June 2026",
            "In progress"]},
        {"kv": ["2",
            "That the backlog of open enforcement cases, which stood at 612 when the review began, is "
            "reduced to fewer than 300 by the end of 2026.",
            "Agreed. Two temporary enforcement officers have been appointed for eighteen months, funded "
            "from the increase in planning fees, and every case more than two years old is being reviewed "
            "so that those where further action would not be expedient can be closed.",
            "Planning Enforcement Manager",
            "31 December 2026",
            "In progress"]},
        {"kv": ["3",
            "That the council makes greater use of its formal powers, including planning contravention "
            "notices, stop notices and injunctions, where a breach is causing serious harm.",
            "Agreed in part. Officers will use formal powers wherever it is expedient to do so, and a "
            "protocol with Legal Services has been agreed to speed up the issue of notices. Injunctions "
            "will continue to be considered case by case because of their cost.",
            "Head of Development Management",
            "Ongoing",
            "Complete"]},
        {"kv": ["4",
            "That residents can report a suspected breach online and follow the progress of their report.",
            "Agreed. An online reporting form will be added to the planning portal, giving each report "
            "a case reference.",
            "Digital Services Manager",
            "Q2 2026/27",
            "Not started"]},
        {"kv": ["5",
            "That ward councillors are told when an enforcement case is opened or closed in their ward.",
            "Agreed. A weekly list of new and closed cases, sorted by ward, has been emailed to all "
            "councillors since 2 February 2026.",
            "Planning Enforcement Manager",
            "February 2026",
            "Complete"]},
        {"kv": ["6",
            "That the council monitors compliance with planning conditions on major developments, "
            "particularly conditions on construction hours, site traffic and landscaping.",
            "Agreed. A monitoring officer post will be created, funded through a charge for discharging "
            "conditions which Cabinet will be asked to approve in the fees and charges report. Until the "
            "post is filled, the conditions on the ten largest sites will be checked every quarter by "
            "the existing team.",
            "Head of Development Management",
            "1 October 2026",
            ""]},
        {"kv": ["7",
            "That the council works with the police and Trading Standards to tackle unauthorised "
            "advertisements and fly-posting on the main roads into the town centre.",
            "Agreed. A joint day of action will be held each quarter, and persistent offenders will be "
            "prosecuted under the advertisement regulations.",
            "Planning Enforcement Team Leader",
            "Ongoing",
            "In progress"]},
        {"kv": ["8",
            "That the panel receives a report on enforcement performance every six months.",
            "Agreed. The first report, covering April to September 2026, will come to the panel in "
            "November 2026.",
            "Head of Development Management",
            "November 2026",
            "Agreed"]},
        {"p": "The panel is asked to note the response and to agree the timetable for the six-monthly "
              "performance reports."},
    ],
    kv={"labels": ["Recommendation", "Response", "Lead officer", "Target date", "Status"],
        "heading": "Recommendation {n}", "indent": 4.0})

DOCS["leisure-trust-response-label-lines-fodt"] = document(
    "lo", "portrait", [1.6, 2.0, 1.5, 2.0], "Liberation Serif", 11, 9.5, "right",
    ["Health and Wellbeing Overview and Scrutiny Committee – 19 March 2026",
     "Leisure Trust Contract Review – Agreed Actions"], [
        {"h1": "Review of the Leisure Trust Contract – Agreed Actions"},
        {"p": "The committee's task group reviewed the council's contract with the Vale Leisure Trust, "
              "which runs the district's four leisure centres until March 2028. The Cabinet Member for "
              "Communities and the Trust's chief executive have agreed the actions below in response to "
              "the task group's seven recommendations."},
        {"kv": ["1",
            "That the council and the Trust agree a new set of performance indicators for the contract, "
            "focused on participation by residents who are currently inactive rather than on the total "
            "number of visits.",
            "The client team and the Trust will agree six outcome indicators, including the number of "
            "members living in the most deprived fifth of neighbourhoods and the number of adults "
            "referred through the exercise on referral scheme, and build them into the annual service "
            "plan. Baseline figures for 2025/26 will be reported to the committee alongside the first "
            "year's results, so that members can see the change over the rest of the contract.",
            "Leisure Client Manager",
            "1 April 2026",
            "Indicators agreed by the Trust board on 12 February 2026."]},
        {"kv": ["2",
            "That the management fee paid to the Trust is reviewed in the light of the rise in energy "
            "costs, and that any further support is tied to a plan to reduce energy use.",
            "Agree a two-year energy support payment, reducing in the second year, in return for the "
            "Trust delivering the decarbonisation measures in recommendation 3. The payment will be met "
            "from the corporate contingency and reviewed each quarter against the Trust's energy bills.",
            "Head of Culture and Leisure",
            "Q1 2026/27",
            "Negotiations under way; the Trust has shared its energy data for the last three years."]},
        {"kv": ["3",
            "That the council bids for Public Sector Decarbonisation Scheme funding to replace the gas "
            "boilers at the three largest leisure centres.",
            "Commission heat decarbonisation plans for the three sites and submit a bid in the next "
            "funding round, with the council's match funding set aside in the capital programme.",
            "Energy Manager",
            "31 October 2026",
            "Heat decarbonisation plans commissioned in January 2026."]},
        {"kv": ["4",
            "That the Trust publishes its prices, concessions and opening hours in one place and gives "
            "the council 28 days' notice of any change.",
            "Add a notice clause to the contract variation and check the Trust's website each quarter.",
            "Leisure Client Manager",
            "30 June 2026",
            "Complete."]},
        {"kv": ["5",
            "That the council's health and wellbeing priorities are reflected in the Trust's programme "
            "of activities, especially for older people, people with long-term conditions and families "
            "on low incomes.",
            "Hold a joint planning session each year between Public Health, the Trust and the voluntary "
            "sector, and fund a falls prevention class and a holiday activities programme from the "
            "public health grant.",
            "Consultant in Public Health",
            "September 2026",
            ""]},
        {"kv": ["6",
            "That members of the committee are invited to the Trust's annual open meeting.",
            "Ask the Trust to send invitations to every member of the committee.",
            "Scrutiny Officer",
            "Annually",
            "Invitations sent for the meeting on 8 July 2026."]},
        {"kv": ["7",
            "That a decision on whether to extend the contract beyond 2028 or to re-procure the service "
            "is taken by the end of 2026, so that there is time to prepare for either option.",
            "Prepare an options appraisal covering extension, re-procurement and bringing the service "
            "in house, and take it to Cabinet.",
            "Assistant Director, Communities",
            "December 2026",
            "Not started."]},
        {"p": "The committee is asked to note the agreed actions and to receive a report on progress at "
              "its meeting in September 2026."},
    ],
    kv={"labels": ["Recommendation", "Agreed action", "Responsible officer", "Completion date", "Progress"],
        "heading": "Recommendation {n}", "indent": 4.0})


# ===========================================================================
# Shared helpers
# ===========================================================================
def generated_note(name, what):
    return ("GENERATED by samples/corpus/src/make_extra.py (content in the script); "
            "edit that, not this %s." % what)


def cell_text(cell):
    """Truth text of a cell: paragraphs joined by spaces, no bullets, no markers."""
    return NOTE_RE.sub("", corpus_markup.cell_text(cell))


def note_numbers(t, producer):
    """key -> [numbers], in document order.  LibreOffice numbers every note anew;
    the HTML endnotes give a key one number at its first use."""
    nums, order = {}, []
    for r in t["rows"]:
        for c in r:
            for kind, p in cell_paras(c):
                for k in NOTE_RE.findall(p):
                    order.append(k)
    out = {}
    for k in order:
        if producer == "lo":
            out.setdefault(k, []).append(len([1 for v in out.values() for _ in v]) + 1)
        elif k not in nums:
            nums[k] = len(nums) + 1
            out[k] = [nums[k]]
    return out


def headers_of(t):
    """Truth headers: "Group / Leaf" under a group, the leaf alone otherwise."""
    groups = t.get("groups") or [[None, 1]] * len(t["columns"])
    out, j = [], 0
    for label, span in groups:
        for _ in range(span):
            out.append(t["columns"][j] if label is None else "%s / %s" % (label, t["columns"][j]))
            j += 1
    assert j == len(t["columns"])
    return out


def the_table(doc):
    return [b["table"] for b in doc["blocks"] if "table" in b][0]


def kv_blocks(doc):
    """The key/value blocks of a document, in order: (heading, number, [(label, value)])."""
    kv = doc["kv"]
    out = []
    for b in doc["blocks"]:
        if "kv" in b:
            number, values = b["kv"][0], b["kv"][1:]
            assert len(values) == len(kv["labels"]), number
            out.append((kv["heading"].format(n=number), number, list(zip(kv["labels"], values))))
    return out


# ===========================================================================
# HTML for headless Chromium
# ===========================================================================
# The page's own rules, after html_head's (a template: braces doubled).
CSS = """\
p {{ margin: 0 0 2.5mm 0; }}
table {{ border-collapse: collapse; table-layout: fixed; margin: 2mm 0 4mm 0; }}
th, td {{ padding: 1.2mm 1.6mm; vertical-align: top; text-align: left; }}
th.group {{ text-align: center; }}
tr {{ break-inside: auto; }}
td p {{ margin: 0 0 1.5mm 0; orphans: 1; widows: 1; }}
td p:last-child {{ margin-bottom: 0; }}
td ul {{ margin: 0 0 1.5mm 0; padding-left: 1.1em; }}
td ul:last-child {{ margin-bottom: 0; }}
td li {{ orphans: 1; widows: 1; }}
table.grid th, table.grid td {{ border: 0.75pt solid #000; }}
table.grid th {{ background: #d9d9d9; }}
table.grid td.rag-green {{ background: #c6efce; }}
table.grid td.rag-amber {{ background: #ffeb9c; }}
table.grid td.rag-red {{ background: #ffc7ce; }}
table.hrules th {{ border-top: 1.2pt solid #000; border-bottom: 0.8pt solid #000; }}
table.hrules td {{ border-bottom: 0.5pt solid #000; }}
div.notes {{ font-size: 0.8em; margin: 0 0 4mm 0; }}
div.notes p {{ margin: 0 0 1mm 1.4em; text-indent: -1.4em; }}
div.notes span.n {{ display: inline-block; width: 1.4em; text-indent: 0; }}
"""

# Key/value blocks as label-and-value lines (a template: braces doubled, %(indent)g the
# value indent in cm).  Each label and value is a <div>, kept whole, so a page break
# falls between them.
KV_CSS = """\
h2 {{ font-size: 1.05em; margin: 4.5mm 0 1.8mm 0; break-after: avoid; }}
dl.kv {{ margin: 0; }}
dl.kv div {{ display: flow-root; margin: 0 0 1.4mm 0; break-inside: avoid; }}
dl.kv dt {{ float: left; clear: left; width: %(indent)gcm; font-weight: bold; }}
dl.kv dd {{ margin: 0 0 0 %(indent)gcm; min-height: 1.2em; }}
dl.kv dd p {{ margin: 0 0 1.4mm 0; }}
dl.kv dd p:last-child {{ margin-bottom: 0; }}
dl.kv + p {{ margin-top: 4mm; }}
"""


def make_html(name, doc):
    if "kv" in doc:
        how, css = ("the plan is label-and-value lines, no\n     table.",
                    CSS + KV_CSS % {"indent": doc["kv"]["indent"]})
    else:
        how, css = "both header rows are in <thead>, so\n     both repeat on every page.", CSS
    out = [html_head(generated_note(name, "file"), x(doc["title"]), doc["layout"], "generate-extra.sh",
                     how, css)]
    blocks = iter(kv_blocks(doc)) if "kv" in doc else None
    for b in doc["blocks"]:
        if "h1" in b:
            out.append("<h1>%s</h1>\n" % x(b["h1"]))
        elif "p" in b:
            out.append("<p>%s</p>\n" % x(b["p"]))
        elif "kv" in b:
            out.append(html_kv(*next(blocks)))
        else:
            out.append(html_table(b["table"]))
    out.append("</body>\n</html>\n")
    return "".join(out)


def html_kv(heading, number, pairs):
    """A key/value block: its heading, then a <div> of <dt> label and <dd> value per label."""
    return '<h2>%s</h2>\n<dl class="kv">\n%s</dl>\n' % (x(heading), "".join(
        "<div><dt>%s</dt><dd>%s</dd></div>\n" % (x(label), html_cell(value, "•")) for label, value in pairs))


def html_table(t):
    nums = {k: v[0] for k, v in note_numbers(t, "chromium").items()}

    def inline(text):
        parts = NOTE_RE.split(text)
        return "".join(x(p) if i % 2 == 0 else "<sup>%d</sup>" % nums[p] for i, p in enumerate(parts))

    out = ['<table class="%s" style="width:%.3fcm">\n<colgroup>%s</colgroup>\n<thead>\n'
           % (t["style"], sum(t["widths"]), "".join('<col style="width:%.3fcm">' % w for w in t["widths"]))]
    if t.get("groups"):
        top, low, j = [], [], 0
        for label, span in t["groups"]:
            if label is None:
                top.append('<th rowspan="2">%s</th>' % x(t["columns"][j]))
            else:
                top.append('<th class="group" colspan="%d">%s</th>' % (span, x(label)))
                low += ["<th>%s</th>" % x(c) for c in t["columns"][j:j + span]]
            j += span
        out.append("<tr>%s</tr>\n<tr>%s</tr>\n" % ("".join(top), "".join(low)))
    else:
        out.append("<tr>%s</tr>\n" % "".join("<th>%s</th>" % x(c) for c in t["columns"]))
    out.append("</thead>\n<tbody>\n")
    for r in t["rows"]:
        tds = []
        for j, c in enumerate(r):
            cls = ' class="rag-%s"' % c.lower() if j == t.get("rag_col") and c else ""
            tds.append("<td%s>%s</td>" % (cls, html_cell(c, "•", inline)))
        out.append("<tr>\n  %s\n</tr>\n" % "\n  ".join(tds))
    out.append("</tbody>\n</table>\n")
    if t.get("notes"):
        order = sorted(nums, key=nums.get)
        out.append('<div class="notes">\n%s</div>\n' % "".join(
            '<p><span class="n">%d</span>%s</p>\n' % (nums[k], x(t["notes"][k])) for k in order))
    return "".join(out)


# ===========================================================================
# LibreOffice flat ODT
# ===========================================================================
def lo_cell_styles(style):
    """Cell style name -> fo border / background properties."""
    if style == "grid":
        b = 'fo:border="0.5pt solid #000000"'
        return {"head": b + ' fo:background-color="#d9d9d9"', "body": b}
    if style == "hrules":
        # Horizontal rules only: black rules above and below the header, a thin black
        # rule under each body row.
        none = 'fo:border-left="none" fo:border-right="none"'
        return {"head": none + ' fo:border-top="1pt solid #000000" fo:border-bottom="1pt solid #000000"',
                "body": none + ' fo:border-top="none" fo:border-bottom="0.5pt solid #000000"'}
    if style == "lightrules":
        # Horizontal rules only: grey hairlines between body rows, a grey rule under
        # each group label, a black rule under the header and above it.
        none = 'fo:border-left="none" fo:border-right="none"'
        return {"head_top": none + ' fo:border-top="1pt solid #000000" fo:border-bottom="none"',
                "head_group": none + ' fo:border-top="1pt solid #000000" fo:border-bottom="0.5pt solid #808080"',
                "head_down": none + ' fo:border-top="1pt solid #000000" fo:border-bottom="1pt solid #000000"',
                "head": none + ' fo:border-top="none" fo:border-bottom="1pt solid #000000"',
                "body": none + ' fo:border-top="none" fo:border-bottom="0.5pt solid #a6a6a6"'}
    raise ValueError(style)


def lo_prose(b, pstyle="Text_20_body"):
    """A heading or paragraph block of a .fodt."""
    if "h1" in b:
        return '   <text:p text:style-name="Heading_20_1">%s</text:p>' % x(b["h1"])
    return '   <text:p text:style-name="%s">%s</text:p>' % (pstyle, x(b["p"]))


def make_fodt(name, doc):
    if "kv" in doc:
        return make_fodt_kv(name, doc)
    t = the_table(doc)
    nums = note_numbers(t, "lo")
    used = {k: 0 for k in nums}
    auto = [lo_list_style("L0", "•")] + lo_table_styles("T0", t["widths"])
    auto += [lo_cell_style(role, props) for role, props in lo_cell_styles(t["style"]).items()]
    auto.append(LO_ROW_STYLE)

    def inline(text):
        parts = NOTE_RE.split(text)
        out = []
        for i, p in enumerate(parts):
            if i % 2 == 0:
                out.append(x(p))
                continue
            n = nums[p][used[p]]
            used[p] += 1
            out.append('<text:note text:id="ftn%d" text:note-class="footnote">'
                       '<text:note-citation>%d</text:note-citation><text:note-body>'
                       '<text:p text:style-name="Footnote">%s</text:p>'
                       '</text:note-body></text:note>' % (n, n, x(t["notes"][p])))
        return "".join(out)

    def cell(paras, role, pstyle, attrs=""):
        return lo_cell(paras, role, pstyle, "L0", inline, attrs)

    body = []
    for b in doc["blocks"]:
        if "h1" in b or "p" in b:
            body.append(lo_prose(b))
        else:
            body.append('   <table:table table:name="Table1" table:style-name="T0">')
            body += ['    <table:table-column table:style-name="T0.C%d"/>' % i for i in range(len(t["widths"]))]
            body.append("    <table:table-header-rows>")
            if t.get("groups"):
                top, low, j = [], [], 0
                for label, span in t["groups"]:
                    if label is None:
                        top += cell([("p", t["columns"][j])], "head_down", "TH",
                                    ' table:number-rows-spanned="2"')
                        low.append("     <table:covered-table-cell/>")
                    else:
                        top += cell([("p", label)], "head_group", "TH_group",
                                    ' table:number-columns-spanned="%d"' % span)
                        top += ["     <table:covered-table-cell/>"] * (span - 1)
                        for c in t["columns"][j:j + span]:
                            low += cell([("p", c)], "head", "TH")
                    j += span
                for row in (top, low):
                    body += ['    <table:table-row table:style-name="Row">'] + row + ["    </table:table-row>"]
            else:
                body.append('    <table:table-row table:style-name="Row">')
                for c in t["columns"]:
                    body += cell([("p", c)], "head", "TH")
                body.append("    </table:table-row>")
            body.append("    </table:table-header-rows>")
            for r in t["rows"]:
                body.append('    <table:table-row table:style-name="Row">')
                for c in r:
                    body += cell(cell_paras(c), "body", "TD")
                body.append("    </table:table-row>")
            body.append("   </table:table>")

    return fodt(generated_note(name, "file"), x(doc["title"]), doc["layout"],
                ["Standard", "Text_20_body", "Heading_20_1", "Header", "Footer", "Footnote", "TD", "TH",
                 "TH_group", "footnotes"], auto, body, footnote_sep=True)


def make_fodt_kv(name, doc):
    """Key/value blocks as label-and-value lines: a bold Heading 2 per block, then a
    paragraph per label (kept whole, so a page break falls between labels)."""
    auto = [lo_label_style("KV", doc["kv"]["indent"], "Standard",
                           'fo:margin-bottom="0.14cm" fo:keep-together="always"'),
            # a paragraph after the blocks, set off from them
            '  <style:style style:name="P_after" style:family="paragraph" style:parent-style-name='
            '"Text_20_body"><style:paragraph-properties fo:margin-top="0.35cm"/></style:style>']
    blocks = iter(kv_blocks(doc))
    body = []
    prev = None
    for b in doc["blocks"]:
        after, prev = prev is not None and "kv" in prev, b
        if "kv" not in b:
            body.append(lo_prose(b, "P_after" if after else "Text_20_body"))
            continue
        heading, _, pairs = next(blocks)
        body.append('   <text:p text:style-name="Heading_20_2">%s</text:p>' % x(heading))
        for label, value in pairs:
            body += lo_label_lines(label, value, "KV")
    return fodt(generated_note(name, "file"), x(doc["title"]), doc["layout"],
                ["Standard", "Text_20_body", "Heading_20_1", "Heading_20_2", "Header", "Footer"], auto, body)


# ===========================================================================
# Truth: records from the content, pages from the PDF
# ===========================================================================
def truth_skeleton(doc):
    t = the_table(doc)
    heads = headers_of(t)
    nums = note_numbers(t, doc["producer"])
    used = {k: 0 for k in nums}
    records = []
    for r in t["rows"]:
        rec = {"table": 0, "number": r[0], "section": None, "pages": None,
               "cells": {k: cell_text(c) for k, c in zip(heads[1:], r[1:])}}
        notes = []
        for c in r[1:]:
            for _, p in cell_paras(c):
                for k in NOTE_RE.findall(p):
                    notes.append({"marker": str(nums[k][used[k]]), "text": t["notes"][k]})
                    if doc["producer"] == "lo":
                        used[k] += 1
        if notes:
            rec["footnotes"] = notes
        records.append(rec)
    return t, [{"pages": None, "headers": heads}], records


def group_lines(words):
    """Words into lines: a word joins a line when its vertical centre lies inside the
    line's first word's box (so a raised, smaller marker stays on its word's line)."""
    lines = []
    for w in sorted(words, key=lambda w: (w[0], (w[2] + w[4]) / 2, w[1])):
        c = (w[2] + w[4]) / 2
        if lines and lines[-1][0][0] == w[0] and lines[-1][0][2] <= c <= lines[-1][0][4]:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(line, key=lambda w: w[1]) for line in lines]


def read_line(line):
    """A line of one column as [(word, page, [markers])]: a superscript marker (digits
    lower than 0.9 of the word before, raised, touching it) goes with the word before,
    and a word touching a marker ("grant", "1", ".") is glued on."""
    out = []
    glue = prev = None      # xMax of a marker just read; the last word read
    for w in line:
        if w[5] in BULLETS:
            continue
        if (w[5].isdigit() and prev is not None and (w[4] - w[2]) < 0.9 * (prev[4] - prev[2])
                and w[4] < prev[4] - 1.0 and 0 <= w[1] - prev[3] + 0.5 < 1.5):
            out[-1][2].append(w[5])
            glue = w[3]
            continue
        if glue is not None and w[1] - glue < 1.0:
            out[-1][0] += w[5]
        else:
            out.append([w[5], w[0], []])
        glue, prev = None, w
    return out


def locate(name, doc):
    """Each column's words (top to bottom, page by page; superscript markers set
    aside) are aligned with the expected words of that column's cells; a record's
    pages are the pages of its matched words.  Superscript markers are checked
    against the record's expected markers."""
    t, tables, records = truth_skeleton(doc)
    L = doc["layout"]
    pats = corpus_files.furniture(L["running_header"] + [L["footer"]])
    note_lines = [" ".join(n.split()) for n in (t.get("notes") or {}).values()]
    body = []
    for line in group_lines(corpus_files.read_words(name)):
        text = " ".join(w[5] for w in line)
        if any(p.match(text) for p in pats):
            continue
        if note_lines and len(text) > 12 and any(text.split(" ", 1)[-1] in n for n in note_lines):
            continue    # a footnote / end note line
        body += line
    problems, notes = [], []
    bounds = corpus_files.column_edges(L["margins"][3], t["widths"])
    for r in records:
        r["_pages"], r["_markers"] = set(), []
    for j in range(len(t["widths"])):
        colw = corpus_files.in_column(body, bounds[j], bounds[j + 1])
        act = corpus_files.join_hyphens(read_line(line) for line in group_lines(colw))
        exp = []
        for ri, row in enumerate(t["rows"]):
            for kind, p in cell_paras(row[j]):
                for tok in p.split():
                    ms = NOTE_RE.findall(tok)
                    tok = NOTE_RE.sub("", tok)
                    if tok and tok not in BULLETS:
                        exp.append((tok, ri, ms))
        matched = corpus_files.match_column([e[:2] for e in exp], act, "col %r" % t["columns"][j],
                                            records, problems, notes)
        for (tok, ri, ms), m in zip(exp, matched):
            if m is None:
                continue
            if ms:
                records[ri]["_markers"].append((tok, m[2], m[1]))
            elif m[2]:
                problems.append("record %s: unexpected superscript %s after %r"
                                % (records[ri]["number"], m[2], tok))
    tables[0]["pages"] = corpus_files.settle_pages(records, problems)
    for r in records:
        got = [m for _, ms, _ in r["_markers"] for m in ms]
        want = [f["marker"] for f in r.get("footnotes", [])]
        if got != want:
            problems.append("record %s: markers %s, expected %s" % (r["number"], got, want))
        for tok, ms, page in r.pop("_markers"):
            notes.append("record %s: marker %s after %r on page %d" % (r["number"], ",".join(ms), tok, page))
    return {"title": doc["title"], "tables": tables, "records": records}, problems, notes


def locate_kv(name, doc):
    """Key/value blocks printed as label-and-value lines: with the running header, footer,
    headings and paragraphs taken out, each line's words left of the value indent are
    its label (the first at the left margin) and the rest its value (the first at the
    indent); the labels and the values are then aligned with the expected words as two
    columns, and a record's pages are the pages of its words."""
    L, kv = doc["layout"], doc["kv"]
    pats = corpus_files.furniture(L["running_header"] + [L["footer"]])
    blocks = kv_blocks(doc)
    prose = [" ".join(b.get("h1", b.get("p", "")).split()) for b in doc["blocks"] if "h1" in b or "p" in b]
    prose += [heading for heading, _, _ in blocks]
    lines = [(" ".join(w[5] for w in line), line) for line in group_lines(corpus_files.read_words(name))]
    lines = [(t, line) for t, line in lines if not any(p.match(t) for p in pats)]
    body = corpus_files.drop_prose(lines, prose)
    problems, notes = [], []
    left = L["margins"][3] * corpus_files.PT_PER_CM
    indent = left + kv["indent"] * corpus_files.PT_PER_CM
    sides = corpus_files.label_value_sides(group_lines(body), left, indent, problems)
    records, printed = [], []
    for heading, number, pairs in blocks:
        rec, pr = corpus_files.kv_record(0, number, [(label, cell_text(v)) for label, v in pairs])
        rec["_pages"] = set()
        records.append(rec)
        printed.append(pr)
    for side, (where, side_lines) in enumerate(zip(("labels", "values"), sides)):
        act = corpus_files.join_hyphens([(w[5], w[0]) for w in line if w[5] not in BULLETS]
                                        for line in side_lines)
        exp = [(tok, ri) for ri, pr in enumerate(printed)
               for s, text in pr if s == side for tok in text.split()]
        corpus_files.match_column(exp, act, where, records, problems, notes)
    tables = [{"pages": corpus_files.settle_pages(records, problems),
               "headers": corpus_files.kv_headers(kv["labels"])}]
    return {"title": doc["title"], "tables": tables, "records": records}, problems, notes


def write(name):
    doc = DOCS[name]
    ext, fn = {"chromium": ("html", make_html), "lo": ("fodt", make_fodt)}[doc["producer"]]
    return corpus_files.write_text(name, ext, fn(name, doc))


def main(argv):
    def truth_for(name):
        return (locate_kv if "kv" in DOCS[name] else locate)(name, DOCS[name])
    return corpus_files.run(argv, list(DOCS), truth_for, write)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
