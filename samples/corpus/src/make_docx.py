#!/usr/bin/python3
"""Write the Word (.docx) documents of the sample corpus, and read their truth back.

    /usr/bin/python3 samples/corpus/src/make_docx.py            write src/NAME.docx for every document
    /usr/bin/python3 samples/corpus/src/make_docx.py NAME...    write only these
    /usr/bin/python3 samples/corpus/src/make_docx.py --check    compare every NAME.truth.json with
                                                                the content and the PDF (needs pdftotext)
    /usr/bin/python3 samples/corpus/src/make_docx.py --truth NAME
                                                                write a draft NAME.truth.json
                                                                (NAME.truth.json.draft if one exists)

generate-docx.sh runs this and converts each src/NAME.docx to NAME.pdf with LibreOffice
Writer (soffice --convert-to pdf).  Needs python-docx (Debian 12: python3-docx, 0.8.11);
otherwise the standard library.

The content is held in this file (DOCS below), not in src/NAME.content.json files: those
are read by make_corpus.py and generate.sh, which know nothing of .docx.

A document is made by document(orientation, margins, size, table_size, header_align,
header=[...], blocks=[...], kv={...}):

    orientation "portrait" or "landscape" (A4)
    margins     [top, right, bottom, left] in cm
    size        body text size (pt); table_size: table text size (pt)
    header      running header lines (every page), aligned header_align "left"/"center"/
                "right"; the title (in the truth) is the lines joined by a space.  The
                footer is "Page X of Y" (PAGE and NUMPAGES fields).
    blocks      a list of
        {"h1": text} {"p": text}
        {"table": {"kind": "rows", "style": <Word table style name>, "columns": [...],
                   "widths": [cm, ...], "repeat_header": bool,
                   "rows": [[number, cell, ...] | {"section": text}]}}
        {"table": {"kind": "merged", ... "rows": [[number, recommendation cell,
                   [cell, ...] (an action row), [cell, ...], ...]]}}
            (No. and Recommendation merged down over the group's action rows)
        {"kv": [number, cell, ...]}
            (one key/value block: a two-column table, a row for each of kv's labels;
            all blocks are one plan in the truth)
    kv          how the key/value blocks look: {"style": ..., "widths": [label cm,
                value cm], "labels": [...], "heading": "Recommendation {n}" (a bold
                heading above each block) or "number_label": "Recommendation number" (a
                first row), "cant_split": true to keep each row whole (the table still
                breaks between rows)}

A cell is a string or a list of strings (paragraphs); a paragraph that starts with "• " is
printed with a hanging indent.  In the truth a cell is its paragraphs joined by single
spaces without the bullets.
"""

import datetime
import os
import sys
import zipfile

import corpus_files
from corpus_files import BULLETS

HERE = corpus_files.HERE
FONT = "Liberation Sans"
CELL_PAD_CM = 108 / 567          # Word's default left/right cell margin (108 twips)


def document(orientation, margins, size, table_size, header_align, header, blocks, kv=None):
    doc = {"title": " ".join(header), "landscape": orientation == "landscape", "margins": margins,
           "header": header, "header_align": header_align, "size": size, "table_size": table_size,
           "blocks": blocks}
    if kv:
        doc["kv"] = kv
    return doc


# ===========================================================================
# Content
# ===========================================================================

DOCS = {}

# ---------------------------------------------------------------------------
DOCS["licensing-review-docx-medium-shading"] = document(
    "portrait", [2.0, 1.8, 2.0, 1.8], 11, 11, "center",
    header=["Licensing and Regulatory Committee – 14 January 2026"], blocks=[
        {"h1": "Review of the Licensing Service – Action Plan"},
        {"p": "This appendix sets out the response of the Head of Regulatory Services to the twelve "
              "recommendations of the committee’s task and finish group on the licensing service. "
              "The committee is asked to note the proposed actions and to receive a progress report "
              "in six months."},
        {"table": {
            "kind": "rows", "style": "Medium Shading 1 Accent 1", "repeat_header": True,
            "columns": ["No.", "Recommendation", "Proposed action", "Lead officer", "Deadline"],
            "widths": [1.1, 5.1, 5.6, 3.0, 2.6],
            "rows": [
                ["1",
                    "That the Statement of Licensing Policy is revised to include a cumulative impact "
                    "assessment for the town centre night-time economy area, supported by up-to-date "
                    "crime, ambulance call-out and noise complaint data.",
                    ["Evidence for a cumulative impact assessment is being gathered with the police and "
                     "the ambulance service, covering the period April 2023 to March 2025.",
                     "A draft assessment will be published for a twelve-week public consultation, and the "
                     "revised policy brought to Full Council for adoption."],
                    "Licensing Manager",
                    "31 July 2026"],
                ["2",
                    "That the licensing service publishes target times for processing each type of "
                    "application and reports performance against them to this committee twice a year.",
                    "Agreed. Target times will be set for premises licences, variations, temporary event "
                    "notices and taxi driver licences and published on the council’s website. Performance "
                    "will be reported in the service’s six-monthly update to the committee.",
                    "Licensing Manager",
                    "Q1 2026/27"],
                ["3",
                    "That all hackney carriage and private hire drivers complete safeguarding and "
                    "disability awareness training before their licence is granted or renewed.",
                    ["• Commission an accredited safeguarding course from the Safeguarding Children "
                     "Partnership training team.",
                     "• Add disability awareness, including the carriage of assistance dogs and "
                     "wheelchair users, to the course content.",
                     "• Amend the driver licensing conditions so that the course must be completed at "
                     "first grant and on every renewal."],
                    "Taxi Licensing Team Leader",
                    "30 September 2026"],
                ["4",
                    "That the council adopts a standard set of conditions for street trading consents in "
                    "the Market Square, covering trading hours, litter and the use of generators.",
                    "A draft set of conditions has been written and will be shared with traders and the "
                    "Town Centre Partnership before it is brought to this committee for approval.",
                    "Principal Licensing Officer (Street Trading)",
                    "31 March 2026"],
                ["5",
                    "That joint evening enforcement visits with the police, trading standards and "
                    "environmental health are carried out at least monthly in the night-time economy "
                    "area, and that the results are shared with ward councillors.",
                    ["Joint operations have been scheduled for the last Friday of each month from "
                     "February 2026.",
                     "A short summary of each operation, listing the premises visited and any action "
                     "taken, will be emailed to ward councillors within ten working days."],
                    "Head of Regulatory Services",
                    "Ongoing"],
                ["6",
                    "That the licensing pages of the council’s website are rewritten so that applicants "
                    "can find the forms, fees and guidance they need without having to contact the "
                    "service by telephone.",
                    "The pages will be rewritten with the Digital Team as part of the wider website "
                    "redesign, and tested with applicants, licensing agents and residents’ groups before "
                    "they go live.",
                    "",
                    "End of Q2 2026/27"],
                ["7",
                    "That the fees charged for premises licence and taxi licence applications are "
                    "reviewed to make sure that they recover the full cost of the service, as the law "
                    "allows, and no more.",
                    ["A fee-setting model based on officer time recorded over six months is being built "
                     "with Finance.",
                     "Revised fees will be consulted on and reported to the committee alongside the "
                     "2026/27 budget."],
                    "Licensing Manager / Finance Business Partner (Place)",
                    "28 February 2026"],
                ["8",
                    "That the council writes to the Home Office asking for the licensing objectives in "
                    "the Licensing Act 2003 to include the protection of public health.",
                    "The Chair of the committee and the Cabinet Member for Community Safety will write "
                    "jointly. Any reply will be reported to the committee.",
                    "Democratic Services Manager",
                    "31 January 2026"],
                ["9",
                    "That members of the licensing sub-committee receive refresher training every year, "
                    "including on the conduct of hearings, the weight to be given to representations "
                    "and the giving of reasons for decisions.",
                    ["An annual training session will be held each June, after the annual meeting of "
                     "Council.",
                     "Legal Services will prepare a short guide to hearings procedure for members to keep "
                     "and refer to during hearings."],
                    "Principal Solicitor (Regulatory)",
                    "June 2026, then annually"],
                ["10",
                    "That a scheme is set up to recognise well-run licensed premises, such as Best Bar "
                    "None, and that the council works with the Business Improvement District to fund "
                    "it.",
                    "Officers will meet the Business Improvement District in February to discuss funding "
                    "and will report back on the options, including the likely cost of accreditation and "
                    "the number of premises expected to take part.",
                    "Community Safety Partnership Manager",
                    "Q3 2026/27"],
                ["11",
                    "That the committee receives a report on the impact of the changes to the Gambling "
                    "Act policy once a full year of data is available.",
                    "",
                    "Head of Regulatory Services",
                    "TBC"],
                ["12",
                    "That the licensing service reviews how it records and responds to complaints about "
                    "licensed premises, so that residents are always told the outcome of their "
                    "complaint.",
                    ["A new complaint log will be set up in the licensing database, with a standard "
                     "letter telling the resident what was found and what action, if any, was taken.",
                     "The process will be reviewed after it has been running for six months."],
                    "Licensing Manager",
                    "30 June 2026"],
            ]}},
        {"p": "Background papers: Report of the Licensing Service Task and Finish Group, "
              "Licensing and Regulatory Committee, 15 October 2025."},
    ])

# ---------------------------------------------------------------------------
DOCS["libraries-review-docx-light-list"] = document(
    "landscape", [1.8, 2.0, 1.8, 2.0], 11, 10, "right",
    header=["Communities and Culture Scrutiny Committee – 3 February 2026",
            "Appendix A: Review of the Library Service"], blocks=[
        {"h1": "Cabinet response to the recommendations of the library service review"},
        {"p": "Cabinet considered the committee’s ten recommendations on 13 January 2026. Its "
              "response to each is set out below, grouped under the three themes of the review."},
        {"table": {
            "kind": "rows", "style": "Light Shading Accent 1", "repeat_header": False,
            "columns": ["Ref", "Recommendation", "Response", "Responsible officer", "Target date",
                        "Status"],
            "widths": [1.3, 6.6, 8.6, 4.0, 2.7, 2.5],
            "rows": [
                {"section": "Theme 1: Stock and spaces"},
                ["R1",
                    "Refresh the adult fiction and non-fiction stock at the four smallest branch "
                    "libraries, which the review found had the oldest stock in the service.",
                    "Agreed. £40,000 of the 2026/27 book fund will be ring-fenced for the four branches, "
                    "with new stock chosen with the help of local reading groups and the branch teams.",
                    "Library Stock and Reader Development Manager",
                    "31 March 2027",
                    "Not started"],
                ["R2",
                    "Make meeting rooms in libraries available to community groups free of charge "
                    "during off-peak hours.",
                    ["Agreed in part. Free use will be offered on weekday mornings to voluntary and "
                     "community groups with an annual income under £25,000.",
                     "Commercial hirers will continue to pay the published room hire charges."],
                    "Libraries Operations Manager",
                    "1 April 2026",
                    "In progress"],
                ["R3",
                    "Carry out a condition survey of all library buildings and publish a ten-year "
                    "maintenance plan.",
                    "A condition survey of the eleven library buildings was commissioned from Corporate "
                    "Property in November 2025. The maintenance plan will be brought to Cabinet with the "
                    "capital programme.",
                    "Head of Corporate Property",
                    "Q4 2026/27",
                    "In progress"],
                {"section": "Theme 2: Access"},
                ["R4",
                    "Extend opening hours at the Central Library to 8pm on two evenings a week, as "
                    "requested by students and working residents in the library survey.",
                    "Two late evenings (Tuesday and Thursday) will be trialled for six months from "
                    "September 2026, staffed by one paid member of staff and trained volunteers. "
                    "Visitor numbers will be counted each evening and reported at the end of the trial.",
                    "Central Library Manager",
                    "September 2026",
                    "Not started"],
                ["R5",
                    "Introduce staff-free ‘open access’ hours at two branch libraries using door entry "
                    "technology, following a full equality impact assessment.",
                    ["A bid for funding has been made to the Arts Council’s Libraries Improvement Fund.",
                     "An equality impact assessment will be carried out before any decision is taken, "
                     "and the views of disabled users, parents of young children and older residents "
                     "will be sought."],
                    "Head of Libraries, Culture and Heritage",
                    "TBC",
                    ""],
                ["R6",
                    "Review the home library service so that housebound residents can choose their own "
                    "books and receive a visit at least once every four weeks.",
                    "Agreed. Volunteer recruitment is under way through the Volunteer Centre, and the "
                    "service will move to a four-weekly round of visits once twelve new volunteers are "
                    "in place.",
                    "Community Libraries Manager",
                    "30 June 2026",
                    "In progress"],
                ["R7",
                    "Make sure that every library has at least one accessible toilet and a working "
                    "hearing loop, and that both are checked every month.",
                    ["All hearing loops have been tested and two have been replaced. Monthly checks have "
                     "been added to the building inspection list.",
                     "Hillside Library has no accessible toilet; the options will be costed as part of "
                     "the condition survey (R3)."],
                    "Libraries Operations Manager",
                    "Ongoing",
                    "In progress"],
                {"section": "Theme 3: Digital inclusion"},
                ["R8",
                    "Provide free, supported access to computers and wi-fi in every library, with "
                    "digital champions available at set times each week.",
                    "Agreed. Free computer use has been extended from one hour to two hours a day. "
                    "Digital champion sessions are now held weekly in seven libraries and will be "
                    "offered in all eleven from April.",
                    "Digital Inclusion Lead",
                    "30 April 2026",
                    "In progress"],
                ["R9",
                    "Lend data-enabled tablets to residents who are digitally excluded, working with the "
                    "council’s Digital Inclusion Partnership.",
                    "A pilot lending scheme of 50 tablets, each with six months of data, will start at "
                    "Central and Eastfield libraries, funded by the Digital Inclusion Partnership.",
                    "Digital Inclusion Lead",
                    "Q1 2026/27",
                    "Agreed"],
                ["R10",
                    "Report progress on these recommendations to the committee in twelve months’ time.",
                    "Agreed. A progress report will be added to the committee’s work programme for "
                    "February 2027.",
                    "Head of Libraries, Culture and Heritage",
                    "February 2027",
                    "Agreed"],
            ]}},
    ])

# ---------------------------------------------------------------------------
DOCS["youth-services-review-docx-merged"] = document(
    "portrait", [2.0, 1.8, 2.0, 1.8], 11, 10, "left",
    header=["Children and Young People Scrutiny Committee – 21 January 2026"], blocks=[
        {"h1": "Task and Finish Group Review of Youth Services – Action Plan"},
        {"p": "The action plan below was agreed by the Cabinet Member for Children’s Services on "
              "8 December 2025. Each recommendation of the task and finish group is followed by the "
              "actions that will be taken to deliver it."},
        {"table": {
            "kind": "merged", "style": "Table Grid", "repeat_header": True,
            "columns": ["No.", "Recommendation", "Action", "Lead officer", "Deadline"],
            "widths": [1.1, 5.0, 6.3, 3.2, 2.2],
            "rows": [
                ["1",
                    "That the council develops a Youth Strategy with young people, setting out the youth "
                    "offer in each locality.",
                    ["Set up a Youth Strategy steering group that includes members of the Youth Council "
                     "and the Children in Care Council.",
                     "Head of Early Help and Youth Services", "28 February 2026"],
                    ["Hold consultation events in each of the five localities and run an online survey "
                     "through schools, colleges and youth clubs.",
                     "Youth Participation Officer", "End of Summer Term 2026"],
                    ["Present the draft strategy to Cabinet for approval, with a summary written by "
                     "young people.",
                     "Head of Early Help and Youth Services", "November 2026"]],
                ["2",
                    "That detached youth work is extended to the areas identified by the police and the "
                    "Community Safety Partnership as having high levels of anti-social behaviour.",
                    ["Map the areas with the Community Safety Partnership using the last twelve months of "
                     "anti-social behaviour data, and agree the priority areas.",
                     "Community Safety Partnership Manager", "31 March 2026"],
                    ["Recruit two additional detached youth workers, funded from the Serious Violence "
                     "Duty grant for 2026/27.",
                     "Youth Services Manager", "Q1 2026/27"]],
                ["3",
                    "That youth centres stay open during the school holidays, with activities run jointly "
                    "with the Holiday Activities and Food programme.",
                    ["Agree a joint holiday timetable with the Holiday Activities and Food programme "
                     "team, starting with the Easter holidays.",
                     "Youth Services Manager", "13 March 2026"],
                    ["Make sure every youth centre open in the holidays can offer a free hot meal to "
                     "young people eligible for free school meals.",
                     "Holiday Activities and Food Programme Lead", "Easter holidays 2026"],
                    ["Report attendance figures for each holiday period to the Early Help Partnership "
                     "Board.",
                     "Youth Services Manager", "Ongoing"]],
                ["4",
                    "That the council reviews the transport available to young people in rural areas to "
                    "reach youth provision, including a free or reduced-fare bus pass.",
                    ["Ask the bus operators to extend the under-19 fare cap to evening services, and "
                     "report on the cost of a council-funded youth bus pass.",
                     "Head of Passenger Transport", "30 June 2026"],
                    ["Pilot a minibus service on Friday evenings between the villages of the Upper "
                     "Valley and the youth centre in Northbridge.",
                     "Youth Services Manager", "September 2026"]],
                ["5",
                    "That youth workers receive training in mental health first aid and in spotting the "
                    "signs of criminal exploitation.",
                    ["Book places on the two-day Mental Health First Aid course for every youth worker "
                     "who has not yet completed it.",
                     "Workforce Development Manager (Children’s Services)", "31 May 2026"],
                    ["Add the Safeguarding Partnership’s criminal exploitation training to the induction "
                     "of all new youth workers and volunteers.",
                     "Workforce Development Manager (Children’s Services)", "April 2026"],
                    ["Check in supervision that workers have put the training into practice.",
                     "", "Ongoing"]],
                ["6",
                    "That the committee receives an annual report on youth services, including "
                    "participation figures broken down by age, gender, ethnicity and locality.",
                    ["Set up the youth services database so that it can report participation by age, "
                     "gender, ethnicity and locality.",
                     "Business Intelligence Manager", "Q2 2026/27"],
                    ["Add an annual youth services report to the committee’s work programme.",
                     "Head of Early Help and Youth Services", "January 2027"]],
            ]}},
    ])

# ---------------------------------------------------------------------------
DOCS["parks-review-docx-merged-banded"] = document(
    "landscape", [1.8, 2.0, 1.8, 2.0], 11, 10, "center",
    header=["Environment and Place Scrutiny Panel – 9 February 2026"], blocks=[
        {"h1": "Scrutiny Review of Parks and Green Spaces – Action Plan"},
        {"p": "The panel’s review made six recommendations to Cabinet, all of which were accepted on "
              "20 January 2026. The actions agreed for each are listed below with the officer "
              "responsible and the date by which each action should be complete."},
        {"table": {
            "kind": "merged", "style": "Medium Shading 1 Accent 5", "repeat_header": True,
            "columns": ["No.", "Recommendation", "Action", "Responsible officer", "Target date"],
            "widths": [1.2, 7.2, 9.3, 4.8, 3.2],
            "rows": [
                ["1",
                    "That a Parks and Green Spaces Strategy for 2026–2036 is prepared, setting standards "
                    "for the quantity, quality and accessibility of green space in every ward.",
                    ["Complete an audit of all 212 parks, play areas and amenity green spaces, scoring "
                     "each against the Green Flag criteria.",
                     "Parks Development Manager", "30 June 2026"],
                    ["Consult residents, Friends groups and town and parish councils on draft standards, "
                     "using the council’s consultation portal and drop-in sessions in the larger parks.",
                     "Parks Development Manager", "October 2026"],
                    ["Bring the strategy to Cabinet for adoption.",
                     "Head of Parks and Open Spaces", "March 2027"]],
                ["2",
                    "That Friends of Parks groups are given more support, including a named officer, "
                    "insurance cover for volunteering sessions and a small grants fund.",
                    ["Name a link officer for each of the 34 Friends groups and publish the list on the "
                     "council’s website.",
                     "Community Parks Officer", "31 March 2026"],
                    ["Extend the council’s insurance to cover volunteering sessions run by constituted "
                     "Friends groups, with a simple registration form for each session.",
                     "Insurance and Risk Manager", "Q1 2026/27"]],
                ["3",
                    "That the council reduces the use of glyphosate-based weedkillers in parks, on "
                    "highway verges and in cemeteries, with a view to ending their use by 2028.",
                    ["Trial hot foam and mechanical weed control in three parks and one cemetery during "
                     "the 2026 growing season, recording cost, time taken and results.",
                     "Grounds Maintenance Manager", "November 2026"],
                    ["Stop using glyphosate in all children’s play areas and school grounds maintained by "
                     "the council.",
                     "Grounds Maintenance Manager", "1 April 2026"],
                    ["Report the results of the trial and a costed plan for ending glyphosate use to the "
                     "panel.",
                     "Head of Parks and Open Spaces", "January 2027"]],
                ["4",
                    "That play areas in the most deprived wards are prioritised for investment from the "
                    "play area capital programme and developer contributions.",
                    ["Rank all 87 play areas using the annual safety inspection scores and the Index of "
                     "Multiple Deprivation, and publish the ranking.",
                     "Play and Landscape Officer", "31 May 2026"],
                    ["Allocate the 2026/27 play area capital budget of £650,000 to the twelve play areas "
                     "ranked highest.",
                     "Head of Parks and Open Spaces", "Q2 2026/27"]],
                ["5",
                    "That toilets and cafés in the district’s four main parks are kept open all year, "
                    "and that opening times are displayed at park entrances and online.",
                    ["Renegotiate the café concession at Riverside Park so that it opens at weekends "
                     "from November to February.",
                     "Commercial Manager (Leisure)", "30 September 2026"],
                    ["Install new signs with opening times at the main entrances of the four parks.",
                     "", "April 2026"],
                    ["Add the opening times of every park toilet and café to the parks pages of the "
                     "council’s website and to the Love Our Parks app, and keep them up to date when "
                     "times change in winter.",
                     "Digital Content Officer", "30 April 2026"]],
                ["6",
                    "That the panel receives a progress report on this action plan in twelve months, "
                    "including the results of the 2026 park user survey.",
                    ["Run the park user survey in the four main parks and online during July and "
                     "August 2026, using the same questions as in 2022 so that results can be compared.",
                     "Parks Development Manager", "August 2026"],
                    ["Add the progress report to the panel’s work programme.",
                     "Scrutiny Officer", "February 2027"]],
            ]}},
    ])

# ---------------------------------------------------------------------------
DOCS["customer-contact-review-docx-keyvalue"] = document(
    "portrait", [2.0, 1.7, 2.0, 1.7], 11, 10, "center",
    kv={"style": "Table Grid", "widths": [3.6, 14.0], "heading": "Recommendation {n}", "cant_split": True,
        "labels": ["Recommendation", "Agreed action", "Lead officer", "Target date", "Status"]},
    header=["Corporate Resources Overview and Scrutiny Committee – 27 November 2025"], blocks=[
        {"h1": "Review of Customer Contact – Response to Recommendations"},
        {"p": "The committee’s review of how residents contact the council reported in July 2025. "
              "This appendix sets out the Executive’s response to each of its eight recommendations."},
        {"kv": ["1",
            "That the council’s main telephone line answers at least 80% of calls within two minutes, "
            "and that performance is published monthly.",
            ["Additional staff have been recruited to the Customer Service Centre for the winter "
             "peak, and a call-back option has been added for callers.",
             "Monthly call answering figures will be published on the council’s performance "
             "dashboard from December."],
            "Head of Customer Services",
            "31 December 2025",
            "In progress"]},
        {"kv": ["2",
            "That residents who cannot or do not wish to use online services can always speak to a "
            "person, by telephone or face to face.",
            "Agreed. The Customer Access Strategy will set out that telephone and face-to-face contact "
            "will remain available for all services. Face-to-face appointments will continue to be "
            "offered at the Civic Centre and at the three community hubs.",
            "Head of Customer Services",
            "Ongoing",
            "Complete"]},
        {"kv": ["3",
            "That all online forms are reviewed so that they can be completed on a mobile phone, "
            "save progress, and give a reference number on completion.",
            ["The 40 most-used forms have been identified. Each will be rebuilt on the new digital "
             "platform, tested with residents and checked against the accessibility standard "
             "(WCAG 2.2 AA).",
             "The remaining forms will follow in order of use."],
            "Digital Services Manager",
            "Q4 2025/26 (40 forms); March 2027 (all forms)",
            "In progress"]},
        {"kv": ["4",
            "That a single customer record is developed so that residents do not have to repeat "
            "their details to different services.",
            "A business case for a customer relationship management system will be considered by the "
            "Digital Programme Board. If agreed, procurement will follow in 2026/27.",
            "Chief Digital Officer",
            "TBC",
            "Not started"]},
        {"kv": ["5",
            "That letters and emails sent to residents are written in plain English, and that the "
            "most common letters are rewritten first.",
            ["A plain English guide has been issued to all staff, and fifty officers have attended "
             "writing training.",
             "The 25 most common letters (Council Tax, benefits, parking and waste) are being "
             "rewritten and will be tested with the Residents’ Panel."],
            "Communications Manager",
            "31 March 2026",
            "In progress"]},
        {"kv": ["6",
            "That complaint response times are reported to this committee every quarter, broken down "
            "by directorate, and that late responses are explained.",
            "Agreed. A quarterly complaints report, including the reasons for any responses sent after "
            "the target of 15 working days, will be added to the committee’s work programme.",
            "Complaints and Information Governance Manager",
            "Q3 2025/26, then quarterly",
            "Complete"]},
        {"kv": ["7",
            "That the council tests its contact arrangements with disabled residents and with "
            "residents whose first language is not English.",
            ["Two testing sessions will be held with the Disability Forum and one with the Refugee "
             "and Migrant Support Network.",
             "The findings will be used to update the Customer Access Strategy."],
            "",
            "End of Q4 2025/26",
            ""]},
        {"kv": ["8",
            "That a progress report on these recommendations is brought back to the committee in "
            "twelve months’ time.",
            "Agreed. The report has been added to the committee’s work programme.",
            "Head of Customer Services",
            "November 2026",
            "Agreed"]},
    ])

# ---------------------------------------------------------------------------
DOCS["highways-review-docx-keyvalue-number-row"] = document(
    "portrait", [2.0, 1.7, 2.0, 1.7], 11, 10, "right",
    kv={"style": "Light Grid Accent 1", "widths": [4.2, 13.4], "number_label": "Recommendation number",
        "labels": ["Recommendation", "Response", "Lead officer", "Timescale", "Progress"]},
    header=["Place Scrutiny Committee – 4 December 2025"], blocks=[
        {"h1": "Highways Maintenance Task Group – Cabinet Response"},
        {"p": "Cabinet welcomed the task group’s report at its meeting on 18 November 2025 and agreed "
              "the responses below. Recommendations 1 and 2 concern the way the council plans its "
              "highway maintenance."},
        {"kv": ["1",
            "That the council moves to a risk-based approach to highway inspections, in line with the "
            "national Code of Practice, and publishes its inspection frequencies.",
            "Agreed. The Highway Safety Inspection Manual has been rewritten and sets inspection "
            "frequencies by road category, from monthly for strategic routes to annually for minor "
            "rural roads.",
            "Highways Asset Manager",
            "Complete",
            "The manual was approved by the Cabinet Member on 2 October 2025 and is on the council’s "
            "website."]},
        {"kv": ["2",
            "That the five-year resurfacing programme is published, and that ward councillors are told "
            "before work starts in their ward.",
            ["Agreed. The 2026–2031 programme will be published in March each year.",
             "Ward councillors will receive an email at least four weeks before work starts, with the "
             "expected dates and any road closures."],
            "Highways Programme Manager",
            "March 2026",
            ""]},
        {"p": "Recommendations 3 to 5 concern potholes: how they are reported, how quickly they are "
              "repaired and the quality of the repairs."},
        {"kv": ["3",
            "That residents can report a pothole online with a photograph and a map location, and "
            "receive updates until it is repaired.",
            "The online reporting form was replaced in September 2025. Residents can now add up to "
            "three photographs and drop a pin on a map, and they receive an email when the report is "
            "inspected and again when the repair is done.",
            "Highways Customer Liaison Manager",
            "Complete",
            "1,240 reports were made with the new form in its first two months."]},
        {"kv": ["4",
            "That the target time for repairing dangerous potholes is reduced from 48 hours to 24 "
            "hours on the busiest roads.",
            ["Partly agreed. A 24-hour target will apply on the strategic route network (A roads and "
             "the main bus routes) from April 2026.",
             "Elsewhere the 48-hour target will remain, as meeting a 24-hour target across the whole "
             "network would need four more repair gangs at a cost of about £600,000 a year."],
            "Head of Highways and Transport",
            "1 April 2026",
            "Contract variation agreed with the term maintenance contractor."]},
        {"kv": ["5",
            "That a sample of pothole repairs is checked every month, and that repairs which fail "
            "within twelve months are redone at the contractor’s expense.",
            "Agreed. Ten per cent of repairs will be inspected each month by the council’s own "
            "inspectors. The term maintenance contract already requires failed repairs to be redone "
            "at no cost.",
            "Highways Contract Manager",
            "From January 2026",
            "Not started"]},
        {"p": "Recommendations 6 and 7 concern winter maintenance and the committee’s future work."},
        {"kv": ["6",
            "That the gritting routes are reviewed so that every school and GP surgery is on, or "
            "next to, a gritted route.",
            "The review found that 14 schools and 3 surgeries are more than 200 metres from a gritted "
            "route. Grit bins will be provided at each, and two routes will be changed for the winter "
            "of 2026/27.",
            "Winter Service Manager",
            "October 2026",
            "Grit bins installed at 9 of the 17 sites."]},
        {"kv": ["7",
            "That the committee receives a report on the condition of the road network each year.",
            "Agreed. The annual highway asset management report will come to the committee each "
            "summer.",
            "Highways Asset Manager",
            "July 2026, then annually",
            "Added to the work programme."]},
    ])

# ---------------------------------------------------------------------------
DOCS["community-safety-plan-docx-terse"] = document(
    "portrait", [2.0, 1.7, 2.0, 1.7], 11, 9, "center",
    header=["Safer Communities Scrutiny Committee – 12 January 2026"], blocks=[
        {"h1": "Community Safety Partnership Plan 2025–2028: Delivery Plan 2026/27"},
        {"p": "The delivery plan below sets out what the partnership will do in the second year of the "
              "plan. Paragraph numbers refer to the plan. The Links column shows the strategic "
              "objectives each action supports: SO1 reduce serious violence; SO2 tackle anti-social "
              "behaviour; SO3 protect people from exploitation and abuse; SO4 build confident, "
              "cohesive communities."},
        {"table": {
            "kind": "rows", "style": "Table Grid", "repeat_header": True,
            "columns": ["Para.", "What we will do", "How we will know", "Who", "When", "Links"],
            "widths": [1.3, 5.1, 4.2, 2.5, 2.1, 2.37],
            "rows": [
                ["2.1",
                    "Carry out a strategic needs assessment of serious violence with the police, health, "
                    "probation and the youth justice service, as required by the Serious Violence Duty.",
                    "Needs assessment published on the partnership’s website and used to target funding "
                    "for 2027/28.",
                    "CSP Manager", "31 March 2027", "SO1,SO3"],
                ["2.2",
                    "Fund knife crime education in every secondary school and pupil referral unit, "
                    "delivered by youth workers with lived experience.",
                    "Sessions delivered in all 14 schools; the pupils’ survey shows greater awareness "
                    "of the risks of carrying a knife.",
                    "CSP Manager/ASB Lead", "End of Spring Term 2027", "SO1,SO2,SO3,SO4"],
                ["2.3",
                    "Place hospital-based youth workers in the General Hospital emergency department to "
                    "work with young people admitted with violent injuries.",
                    "Number of young people who accept support; fewer repeat admissions within 12 "
                    "months.",
                    "Public Health", "Ongoing", "SO1"],
                ["2.4",
                    "Install knife surrender bins at two further sites in the town centre and publicise "
                    "them through schools and youth clubs.",
                    "Bins in place; number of knives surrendered each quarter.",
                    "YJS Lead/Police Inspector", "Q2 2026/27", "SO1"],
                ["3.1",
                    "Hold a monthly multi-agency problem-solving meeting for anti-social behaviour "
                    "hotspots and repeat victims.",
                    "Meetings held every month; cases closed with the victim’s agreement; fewer repeat "
                    "calls from the same address.",
                    "ASB Lead", "Monthly", "SO2, SO4"],
                ["3.2",
                    "Use Community Protection Warnings and Notices consistently across the council and "
                    "housing associations, following a shared protocol.",
                    "Protocol signed by all partners; quarterly data on warnings and notices issued.",
                    "ASB Lead", "Q1 2026/27", "SO2"],
                ["3.3",
                    "Run an anti-social behaviour awareness week with schools, housing providers and "
                    "the police, including the community trigger.",
                    "Week held; number of residents reached; more residents aware of the community "
                    "trigger in the annual survey.",
                    "CSP Manager", "October 2026", "SO2, SO3, SO4"],
                ["3.4",
                    "Review the use of public space protection orders in the town centre and in "
                    "Riverside Park before they expire.",
                    "Review reported to Cabinet; orders renewed, varied or allowed to lapse on the "
                    "evidence.",
                    "Head of Community Safety", "30 September 2026", "SO2"],
                ["4.1",
                    "Train frontline staff in all partner organisations to recognise and report "
                    "exploitation, including county lines and modern slavery.",
                    "800 staff trained; more referrals through the National Referral Mechanism.",
                    "Safeguarding Partnerships Manager", "31 December 2026", "SO1,SO3"],
                ["4.2",
                    "Commission a specialist domestic abuse service for older people and for people "
                    "with disabilities.",
                    "Service in place; referrals from groups the partnership has not reached before.",
                    "Domestic Abuse Co-ordinator", "Q2 2026/27", "SO3"],
                ["4.3",
                    "Review every domestic homicide review action plan that is still open and report "
                    "progress to the partnership board.",
                    "All open actions reviewed; report to the board in July.",
                    "Domestic Abuse Co-ordinator", "July 2026", ""],
                ["4.4",
                    "Extend the Safe Spaces scheme, so that people experiencing abuse can ask for help "
                    "in pharmacies, banks and libraries.",
                    "Number of Safe Spaces in the borough; staff trained at each site.",
                    "Domestic Abuse Co-ordinator", "31 March 2027", "SO3, SO4"],
                ["5.1",
                    "Support community events that bring different groups together, through the "
                    "Stronger Communities grants.",
                    "Grants awarded; events held in every ward; the residents’ survey shows a rising "
                    "sense of belonging.",
                    "Community Cohesion Officer", "Ongoing", "SO4"],
                ["5.2",
                    "Publish a hate crime reporting guide in the six most spoken community languages "
                    "and promote the third-party reporting centres.",
                    "Guide published; more reports of hate crime made through third-party centres.",
                    "Community Cohesion Officer", "TBC", "SO1,SO2,SO3,SO4"],
                ["5.3",
                    "Set up a community tension monitoring group that meets after any national or "
                    "local incident likely to raise tensions.",
                    "Group meets within 48 hours of an incident; partners share information and agree "
                    "messages.",
                    "Head of Community Safety", "From April 2026", "SO4"],
                ["6.1",
                    "Work with probation to find suitable accommodation for people leaving prison, so "
                    "that no one is released homeless.",
                    "Number of people released with no fixed abode, reported quarterly.",
                    "Head of Housing Options", "Q3 2026/27", "SO1, SO3"],
                ["6.2",
                    "Report progress on this delivery plan to the Safer Communities Scrutiny Committee "
                    "every six months.",
                    "Reports received in July 2026 and January 2027.",
                    "", "Six-monthly", "SO1, SO2, SO3, SO4"],
            ]}},
    ])




# ===========================================================================
# Tables and blocks
# ===========================================================================

def cell_paras(cell):
    if isinstance(cell, str):
        return [cell] if cell else []
    return list(cell)


def cell_text(cell):
    out = []
    for p in cell_paras(cell):
        out += [w for w in p.split() if w not in BULLETS]
    return " ".join(out)


def table_rows(tb):
    """The body rows of a table in order: {"section": text}, or {"cells": [number, cell,
    ...] (a merged-down No. and Recommendation filled in), "printed": what the row itself
    prints ("" under a merged cell), "first": false on a group's second and later rows}."""
    out = []
    for r in tb["rows"]:
        if isinstance(r, dict):
            out.append(r)
        elif tb["kind"] == "rows":
            out.append({"cells": r, "printed": r, "first": True})
        else:
            for k, action in enumerate(r[2:]):
                out.append({"cells": r[:2] + action, "printed": (r[:2] if k == 0 else ["", ""]) + action,
                            "first": k == 0})
    return out


def kv_block(doc, row):
    """A key/value block, {"kv": [number, cell, ...]}, with the document's kv settings."""
    kv = doc["kv"]
    out = {"style": kv["style"], "widths": kv["widths"], "n": row[0],
           "rows": [list(p) for p in zip(kv["labels"], row[1:])]}
    if "heading" in kv:
        out["heading"] = kv["heading"].format(n=row[0])
    if "number_label" in kv:
        out["number_label"] = kv["number_label"]
    out["cant_split"] = kv.get("cant_split", False)
    return out


# ===========================================================================
# Writing the .docx
# ===========================================================================

def make_docx(name, doc):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    def set_fonts(el):
        """Liberation Sans in every slot of an rFonts (made if need be), theme fonts removed."""
        rf = el.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            el.insert(0, rf)
        for a in list(rf.attrib):
            del rf.attrib[a]
        for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rf.set(qn(a), FONT)

    def run(par, text, size, bold=False):
        r = par.add_run(text)
        r.font.size = Pt(size)
        if bold:
            r.font.bold = True
        set_fonts(r._r.get_or_add_rPr())
        return r

    def field(par, instr, size):
        for kind in ("begin", None, "separate", "1", "end"):
            r = par.add_run()
            r.font.size = Pt(size)
            set_fonts(r._r.get_or_add_rPr())
            if kind in ("begin", "separate", "end"):
                el = OxmlElement("w:fldChar")
                el.set(qn("w:fldCharType"), kind)
                r._r.append(el)
            elif kind is None:
                el = OxmlElement("w:instrText")
                el.set(qn("xml:space"), "preserve")
                el.text = " %s " % instr
                r._r.append(el)
            else:
                r.text = kind

    def on_off(el, tag):
        """Append <w:tag w:val="true"/> to el."""
        child = OxmlElement(tag)
        child.set(qn("w:val"), "true")
        el.append(child)

    d = Document()
    # Defaults: Liberation Sans, British English, no theme fonts.
    rpr_default = d.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    set_fonts(rpr_default)
    rpr_default.find(qn("w:lang")).set(qn("w:val"), "en-GB")
    normal = d.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(doc["size"])
    set_fonts(normal.element.get_or_add_rPr())
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.0

    sec = d.sections[0]
    if doc.get("landscape"):
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    top, right, bottom, left = doc["margins"]
    sec.top_margin, sec.right_margin, sec.bottom_margin, sec.left_margin = (
        Cm(top), Cm(right), Cm(bottom), Cm(left))
    sec.header_distance = Cm(0.9)
    sec.footer_distance = Cm(0.9)
    align = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
             "right": WD_ALIGN_PARAGRAPH.RIGHT}[doc.get("header_align", "center")]
    hdr = sec.header
    hdr.is_linked_to_previous = False
    for i, line in enumerate(doc["header"]):
        par = hdr.paragraphs[0] if i == 0 else hdr.add_paragraph()
        par.alignment = align
        par.paragraph_format.space_after = Pt(0)
        run(par, line, 9)
    ftr = sec.footer
    ftr.is_linked_to_previous = False
    par = ftr.paragraphs[0]
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(par, "Page ", 9)
    field(par, "PAGE", 9)
    run(par, " of ", 9)
    field(par, "NUMPAGES", 9)

    tsize = doc["table_size"]

    def fill(cell, content, bold=False, size=tsize):
        paras = cell_paras(content)
        first = cell.paragraphs[0]
        for i, text in enumerate(paras or [""]):
            par = first if i == 0 else cell.add_paragraph()
            pf = par.paragraph_format
            pf.space_before = Pt(0)
            pf.space_after = Pt(3) if i < len(paras) - 1 else Pt(0)
            pf.line_spacing = 1.0
            if text.startswith("• "):
                pf.left_indent = Cm(0.4)
                pf.first_line_indent = Cm(-0.4)
                text = "•\t" + text[2:]
                pf.tab_stops.add_tab_stop(Cm(0.4))
            if text:
                run(par, text, size, bold)

    def new_table(style, widths, nrows):
        t = d.add_table(rows=nrows, cols=len(widths))
        t.style = style
        t.autofit = False
        tblPr = t._tbl.tblPr
        tblW = tblPr.find(qn("w:tblW"))
        tblW.set(qn("w:type"), "dxa")
        tblW.set(qn("w:w"), str(int(round(sum(widths) * 567))))
        mar = OxmlElement("w:tblCellMar")
        for side, w in (("top", 57), ("left", 108), ("bottom", 57), ("right", 108)):
            el = OxmlElement("w:" + side)
            el.set(qn("w:w"), str(w))
            el.set(qn("w:type"), "dxa")
            mar.append(el)
        tblPr.append(mar)
        for i, w in enumerate(widths):
            t.columns[i].width = Cm(w)
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
        return t

    def paragraph(text, size, after, bold=False):
        par = d.add_paragraph()
        par.paragraph_format.space_after = Pt(after)
        run(par, text, size, bold)

    def gap(points):
        par = d.add_paragraph()
        par.paragraph_format.space_after = Pt(0)
        par.paragraph_format.line_spacing = Pt(points)

    for b in doc["blocks"]:
        if "h1" in b:
            paragraph(b["h1"], 14, 8, bold=True)
        elif "p" in b:
            paragraph(b["p"], doc["size"], 8)
        elif "table" in b:
            tb = b["table"]
            rows = table_rows(tb)
            t = new_table(tb["style"], tb["widths"], 1 + len(rows))
            hrow = t.rows[0]
            for i, h in enumerate(tb["columns"]):
                fill(hrow.cells[i], h, bold=True)
            if tb.get("repeat_header"):
                on_off(hrow._tr.get_or_add_trPr(), "w:tblHeader")
            groups = []     # [first, last] table rows of each merged group
            for k, r in enumerate(rows, 1):
                row = t.rows[k]
                if "section" in r:
                    c = row.cells[0].merge(row.cells[len(tb["widths"]) - 1])
                    fill(c, r["section"], bold=True)
                    continue
                for i, v in enumerate(r["printed"]):
                    fill(row.cells[i], v)
                if r["first"]:
                    groups.append([k, k])
                else:
                    groups[-1][1] = k
            if tb["kind"] == "merged":
                for start, end in groups:
                    if end > start:
                        for col in (0, 1):
                            t.cell(start, col).merge(t.cell(end, col))
            gap(6)
        elif "kv" in b:
            kv = kv_block(doc, b["kv"])
            if kv.get("heading"):
                par = d.add_paragraph()
                par.paragraph_format.space_before = Pt(6)
                par.paragraph_format.space_after = Pt(4)
                par.paragraph_format.keep_with_next = True
                run(par, kv["heading"], doc["size"], bold=True)
            rows = ([[kv["number_label"], kv["n"]]] if kv.get("number_label") else []) + kv["rows"]
            t = new_table(kv["style"], kv["widths"], len(rows))
            for k, (label, val) in enumerate(rows):
                fill(t.rows[k].cells[0], label, bold=True)
                fill(t.rows[k].cells[1], val)
                if kv.get("cant_split"):
                    on_off(t.rows[k]._tr.get_or_add_trPr(), "w:cantSplit")
            if not kv.get("heading"):
                gap(8)
    path = os.path.join(HERE, name + ".docx")
    d.core_properties.author = "Democratic Services"
    d.core_properties.last_modified_by = "Democratic Services"
    d.core_properties.title = doc["title"]
    d.core_properties.revision = 1
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2025, 1, 1)
    d.save(path)
    # python-docx stamps each zip member with the current time: rewrite them with a fixed
    # one, so that the same content gives the same file.
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for fname, blob in members:
            info = zipfile.ZipInfo(fname, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, blob)
    return "src/%s.docx" % name


# ===========================================================================
# Truth: the records from the content, the pages from the PDF
# ===========================================================================

def skeleton(doc):
    """(tables, records, items): items are, per table, [(record index or None, column,
    text)] in reading order, for aligning with the PDF's words."""
    tables, records, items = [], [], []
    kv_table = None
    for b in doc["blocks"]:
        if "table" in b:
            tb = b["table"]
            ti = len(tables)
            tables.append({"pages": None, "headers": list(tb["columns"])})
            keys = tb["columns"][1:]
            it = []
            section = None
            for r in table_rows(tb):
                if "section" in r:
                    # spans every column: its words are not aligned (they are listed in the notes)
                    section = r["section"]
                    continue
                ri = len(records)
                rec = {"table": ti, "number": r["cells"][0], "section": section, "pages": None,
                       "cells": {k: cell_text(c) for k, c in zip(keys, r["cells"][1:])}}
                if not r["first"]:
                    rec["filled"] = tb["columns"][:2]
                records.append(rec)
                # A merged No. and Recommendation are printed once, with the group's first
                # row; a record's pages are those of its own row.
                for j, c in enumerate(r["printed"]):
                    it.append((None if tb["kind"] == "merged" and j < 2 else ri, j, cell_text(c)))
            items.append((tb, it))
        elif "kv" in b:
            kv = kv_block(doc, b["kv"])
            if kv_table is None:
                kv_table = len(tables)
                tables.append({"pages": None, "headers": corpus_files.kv_headers(
                    [l for l, _ in kv["rows"]], kv.get("number_label"))})
                items.append((kv, []))
            ri = len(records)
            rec, printed = corpus_files.kv_record(kv_table, kv["n"],
                                                  [(l, cell_text(v)) for l, v in kv["rows"]],
                                                  kv.get("number_label"))
            records.append(rec)
            items[kv_table][1].extend((ri, side, text) for side, text in printed)
    return tables, records, items


def truth_for(name):
    """(truth, problems, notes): the records from the content, their pages from the PDF.

    Each column's words (by x position; top to bottom, page by page) are aligned with the
    expected words of that column; a record's pages are the pages of its matched words.
    A word cut at a line end with no hyphen (a code list wrapped mid-code) is matched by
    gluing the pieces back together."""
    doc = DOCS[name]
    tables, records, items = skeleton(doc)
    furniture = corpus_files.furniture(doc["header"] + ["Page {page} of {pages}"])
    # Lines that are no part of a cell: the header rows of the tables (each printed on one
    # line here), and the headings and prose paragraphs (a run of lines that spells one out).
    prose = [" ".join(b.get("h1", b.get("p", "")).split()) for b in doc["blocks"]
             if "h1" in b or "p" in b]
    # and the heading of a key/value block: kept with the block (keep with next), so on the
    # page of its first row
    prose += [kv_block(doc, b["kv"]).get("heading") for b in doc["blocks"] if "kv" in b]
    prose = [p for p in prose if p]
    heads = [" ".join(" ".join(b["table"]["columns"]).split()) for b in doc["blocks"] if "table" in b]
    lines = []
    for line in corpus_files.group_lines(corpus_files.read_words(name)):
        text = " ".join(w[5] for w in line)
        if not any(p.match(text) for p in furniture) and text not in heads:
            lines.append((text, line))
    body = corpus_files.drop_prose(lines, prose)
    problems, notes = [], []
    for ti, (tb, it) in enumerate(items):
        bounds = corpus_files.column_edges(doc["margins"][3] - CELL_PAD_CM, tb["widths"])
        recs = [rec for rec in records if rec["table"] == ti]
        for rec in recs:
            rec["_pages"] = set()
        for j in range(len(tb["widths"])):
            colw = corpus_files.in_column(body, bounds[j], bounds[j + 1])
            act = [(w[5], w[0]) for line in corpus_files.group_lines(colw) for w in line
                   if w[5] not in BULLETS]
            exp = [(tok, ri) for ri, jj, text in it if jj == j for tok in text.split()]
            # Glue words cut at a line end without a hyphen ("SO1,SO2,SO" + "3,SO4").
            whole = {e[0] for e in exp}
            prefixes = {e[0][:n] for e in exp for n in range(1, len(e[0]) + 1)}
            glued = []
            for tok, p in act:
                if glued and glued[-1][0] in prefixes and glued[-1][0] not in whole \
                        and glued[-1][0] + tok in prefixes:
                    glued[-1] = (glued[-1][0] + tok, glued[-1][1] | {p})
                else:
                    glued.append((tok, {p}))
            corpus_files.match_column(exp, glued, "table %d col %r" % (ti, j), records, problems, notes)
        tables[ti]["pages"] = corpus_files.settle_pages(recs, problems)
    return {"title": doc["title"], "tables": tables, "records": records}, problems, notes


def main(argv):
    return corpus_files.run(argv, list(DOCS), truth_for, lambda name: make_docx(name, DOCS[name]))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
