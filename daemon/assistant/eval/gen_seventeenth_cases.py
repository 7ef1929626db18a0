#!/usr/bin/env python3
"""Generate seventeenth-cases.jsonl: cases for the seventeenth shop,
Klarsyn Optik (online optician with a store, lab and free eye tests at
Søndergade 42, Aarhus; sells glasses, sunglasses and contact lenses to
Denmark, Sweden, Norway, Finland, the Netherlands and Germany).
KB: seventeenth-kb/.  Run: python3 gen_seventeenth_cases.py
The script writes the cases, then checks them against the KB and prints
the figures (cases, escalation share, other-language share, multi-turn share).
This shop is a tuning set: the customer lines are meant to be varied.

Order numbers look like KS-48213-DK (KS, a 5-digit counter, the country
the order ships to).  Customers paste them in many ways ("ks48213dk",
"KS 48213", "order 48213", "#KS-48213-DK").  Prescription values (-2.75,
axis 180, PD 63, +2.00), frame sizes (52-18-145), pack sizes (30-pack,
360 ml), product names with digits ("Vestre 52", "Mols 54") and prices
are not order numbers.

LABELLING RULES

Escalation (expect.escalate)
 E1  true for an explicit request for a person in any wording or language:
     "a human", an optician, "someone from the store", a callback, a named
     colleague, also right after an answered question.
 E2  true for a request to cancel, refund or change an existing order
     (cancel, change the address, the prescription, the lens options or
     the frame on an order, add an item, resend a parcel, "I want my money
     back"), or to cancel or move a subscription, an eye test booking or
     a home try-on for the customer ("cancel it for me").
 E3  true for things only staff can do: a real double charge, a charge
     after cancelling, a refund missing for weeks, a home try-on charged
     although the frames were sent back, a subscription charged while
     paused or after cancelling, glasses or lenses whose replacement or
     remake is wrong or broken again, a remake or varifocal guarantee
     already used and still not working, a parcel marked delivered that
     the customer already looked for, a Norwegian customs fee the
     customer disputes, an insurer who rejects our receipt again, a gift
     card that never arrived, a company invoice still wrong after asking,
     an order the customer did not place, someone else's prescription or
     orders in the account, a deletion that did not happen, a locked-out
     account after the reset steps, an eye infection, pain or an allergic
     reaction after a product, legal threats, complaints about a staff
     member, press and partnership requests.
 E4  true when the customer is stuck or frustrated across several turns
     ("that's not what I asked", the same question a third time).
 E5  false for questions about a policy even with "cancel", "refund",
     "person", "human", "optician", "call" in them: the phone number,
     the e-mail, when people answer the chat, store hours, how to cancel
     or pause the subscription, how to cancel an eye test, what the
     return policy is, "no I don't need a person, just tell me ...".
     A first report of glasses that arrived broken, of a parcel marked
     delivered, of a wrong contact lens box or of not seeing well with new
     glasses gets the steps of the page (false).  Mild dry or tired eyes
     get the page (false); pain, a red eye that is not improving, an
     infection or a reaction is E3.

Intent (expect.intent)
     order_status: a named order (where, status, tracking, when), cancelling
       or changing an order, resending it.
     return_refund: returns, refunds, money back, the lens remake guarantee,
       the varifocal adaptation guarantee, warranty claims, a missing refund.
     shipping: countries, prices, times, carriers, express, pickup points,
       Norway VAT and customs, a late parcel without an order number.
     product_info: frames, lenses and lens options, prescriptions and how to
       enter them, contact lenses, care, eye drops, sunglasses, blue light
       and screen glasses, frame sizes, home try-on, repairs and Klarsyn
       Care, eye tests and fittings in the store, dry or tired eyes.
     payment: payment methods, Klarna, charges, double charges, invoices and
       company invoices, insurance receipts, gift cards, a home try-on
       charge.
     account: login, password, details, saved prescriptions, the contact
       lens subscription (skip, pause, change, cancel, its charges),
       privacy, health data and deletion, an order the customer did not
       place.
     complaint: something went wrong (arrived broken, missing, delivered-not-
       received, a hurt or infected eye, staff, legal threat, frustration)
       when the turn does not ask for a person.
     human_request: the judged turn only asks for a person / callback (also
       press or partnership contact).  When it also states a concrete
       problem, the problem's intent is used.
     other: contact details, chat and phone hours, store hours and address,
       things outside the shop.  greeting / thanks / goodbye for small talk.

Article (expect.article)
     The page that answers the judged turn.  Product facts and order facts
     come from the data (article null).  A hand-over keeps the page that
     governs the matter raised in the conversation; it is null when only a
     person is asked for or no page governs (unknown order, staff, legal,
     an order the customer did not place).

mustMention: short exact strings from the governing page (or the data when
the article is null); non-English turns use only numbers, prices, e-mail
addresses, phone numbers, web addresses and tracking numbers.  Hand-overs
carry none.
mustNotMention: other customers' data and facts the reply must not invent.
"""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import casekit  # the shared case helper, writer and self-check

shop = casekit.Shop("seventeenth", "t17", anon=7000,
                    langs={"da", "sv", "no", "fi", "nl", "de", "pl", "fr", "es", "it", "uk"})
c = shop.c

PH = "+45 70 20 84 62"
MAIL = "kundeservice@klarsyn.dk"

# ---------------------------------------------------------------- small talk
for m, it, l in [
    ("hi", "greeting", "en"), ("hello there", "greeting", "en"),
    ("hej", "greeting", "da"), ("godmorgen :)", "greeting", "da"),
    ("hej hej", "greeting", "sv"), ("hei", "greeting", "no"),
    ("moi", "greeting", "fi"), ("hyvää päivää", "greeting", "fi"),
    ("goedemorgen", "greeting", "nl"), ("moin moin", "greeting", "de"),
    ("dzień dobry", "greeting", "pl"), ("добрий день", "greeting", "uk"),
    ("thanks a lot!", "thanks", "en"), ("ok cheers that's helpful", "thanks", "en"),
    ("tak for hjælpen", "thanks", "da"), ("tack så mycket!", "thanks", "sv"), ("tusen takk", "thanks", "no"),
    ("kiitos paljon", "thanks", "fi"), ("bedankt!", "thanks", "nl"), ("vielen dank, sehr hilfreich", "thanks", "de"),
    ("bye!", "goodbye", "en"), ("hav en god dag", "goodbye", "da"), ("ha det bra", "goodbye", "no"),
    ("näkemiin", "goodbye", "fi"), ("schönen tag noch, tschüss", "goodbye", "de"),
]:
    c(m, False, it, None, l=l)

# ------------------------------------------- contact, phone and chat hours
for m, mm, l in [
    ("what's your customer service phone number?", [PH], "en"),
    ("is there a number I can call to talk to an optician about lenses", [PH], "en"),
    ("what email do I use to reach customer service", [MAIL], "en"),
    ("when do real people answer this chat?", ["8:00–20:00"], "en"),
    ("is the chat staffed on sundays", ["10:00–16:00"], "en"),
    ("can I ring you on a saturday", ["10:00–14:00"], "en"),
    ("do you speak english on the phone? my danish is terrible", ["English"], "en"),
    ("can you call me back instead? how does that work", ["klarsyn.dk/ring-mig-op"], "en"),
    ("no I don't need a person, just give me the email for privacy questions", ["privacy@klarsyn.dk"], "en"),
    ("I'm not asking for an agent lol, just what's the e-mail for companies? our office wants screen glasses", ["erhverv@klarsyn.dk"], "en"),
    ("hvad er jeres telefon nummer", [PH], "da"),
    ("hvornår kan man få fat i en rigtig person på chatten?", ["8:00"], "da"),
    ("vilket nummer ringer man till kundtjänst?", [PH], "sv"),
    ("hva er e-postadressen til kundeservice?", [MAIL], "no"),
    ("når svarer dere på chatten i helgene", ["10:00"], "no"),
    ("mikä on asiakaspalvelun puhelinnumero?", [PH], "fi"),
    ("wat is het e-mailadres van de klantenservice", [MAIL], "nl"),
    ("kann ich euch auf deutsch schreiben? welche mailadresse", [MAIL], "de"),
    ("wann ist der chat mit echten mitarbeitern besetzt?", ["8:00"], "de"),
    ("jaki macie numer telefonu?", [PH], "pl"),
]:
    c(m, False, "other", "contact", mm, l=l)

# ------------------------------------------------- the store and eye tests
for m, mm, l in [
    ("where is your shop in aarhus", ["Søndergade 42"], "en"),
    ("what time does the store close on friday?", ["10:00–18:00"], "en"),
    ("are you open sunday", ["closed"], "en"),
    ("store hours saturday pls", ["10:00–15:00"], "en"),
    ("hvad er jeres åbningstider i butikken?", ["17:30"], "da"),
    ("har i åbent juleaftensdag", ["24"], "da"),
    ("hvor ligger butikken deres", ["42"], "no"),
]:
    c(m, False, "other", "aarhus-store", mm, l=l)
for m, mm, l in [
    ("how much is a eye test", ["free"], "en"),
    ("do i have to buy glasses if i do the free eye test?", ["free"], "en"),
    ("how do i book an eye test", ["klarsyn.dk/synsproeve"], "en"),
    ("can my 7 year old get an eye test with you?", ["10 years"], "en"),
    ("how do I cancel my eye test booking? not for now, just want to know", ["SMS"], "en"),
    ("first time contact lenses - can you do the fitting in the store and what does it cost", ["DKK 395"], "en"),
    ("my glasses from you have gotten really loose, they slide down every time I look at my phone which is driving me mad, and one of the nose pads looks a bit crooked. I work around the corner from søndergade, can I just pop in on my lunch break or do I need to book something first?", ["free"], "en"),
    ("kan jeg booke en synsprøve på lørdag? hvordan", ["klarsyn.dk/synsproeve"], "da"),
    ("hvordan aflyser jeg min synstest i morgen? jeg er syg", ["2"], "da"),
    ("hvad koster tilpasning af kontaktlinser", ["395"], "da"),
    ("er synstesten gratis? og tar det lang tid", ["25"], "no"),
]:
    c(m, False, "product_info", "aarhus-store", mm, l=l)

# ---------------------------------------------------------- outside the shop
for m, l in [
    ("what's the weather like in aarhus tomorrow", "en"),
    ("can you recommend a good restaurant near aarhus h", "en"),
    ("hvordan bliver vejret i weekenden?", "da"),
    ("vem vann melodifestivalen i år?", "sv"),
    ("mikä on huomenna sää helsingissä", "fi"),
]:
    c(m, False, "other", None, l=l)

# ------------------------------------------------------------------ delivery
for m, mm, l in [
    ("how much is shiping within denmark", ["DKK 39"], "en"),
    ("when is delivery free in dk?", ["DKK 499"], "en"),
    ("do you ship to germnay and what does it cost", ["€6"], "en"),
    ("i ordered glasses with my prescription, how long until i get them", ["5–7 working days"], "en"),
    ("ordered varifocals on monday, when will they come?", ["8–12 working days"], "en"),
    ("if I order contact lenses at 2pm do they leave today?", ["15:00"], "en"),
    ("do you have express? i need lenses by tomorrow, I'm in odense", ["DKK 79"], "en"),
    ("can I get express for my new prescription glasses", [], "en"),
    ("do u deliver to the faroe islands", ["Faroe Islands"], "en"),
    ("can you ship to the uk? moving to london next month", ["Denmark"], "en"),
    ("is delivery free with the lens subscription?", ["free"], "en"),
    ("hvad koster fragt?", ["39"], "da"),
    ("hej, jeg har været så dum at jeg glemte at bestille linser i tide og jeg har kun et par tilbage, og jeg skal til en vigtig jobsamtale på torsdag hvor jeg helst ikke vil have briller på. hvis jeg bestiller nu (klokken er 11) kan i så nå at få dem frem til i morgen?", ["79"], "da"),
    ("vad kostar frakten till sverge?", ["59"], "sv"),
    ("fri frakt från hur mycket?", ["699"], "sv"),
    ("hva koster frakt til norge?", ["129"], "no"),
    ("paljonko toimitus maksaa suomeen?", ["8"], "fi"),
    ("wat zijn de verzendkosten naar nederland??", ["6"], "nl"),
    ("ab welchem betrag ist der versand nach deutschland kostenlos?", ["59"], "de"),
    ("liefert ihr auch nach österreich?", [], "de"),
]:
    c(m, False, "shipping", "delivery", mm, l=l)

# ------------------------------------------------------- Norway and customs
for m, mm, l in [
    ("do I pay customs on contact lenses to norway?", ["VAT"], "en"),
    ("ordering varifocals to oslo, around 5000 NOK, what extra will I pay?", ["NOK 185"], "en"),
    ("what if i refuse the parcel because of the customs fee", ["NOK 250"], "en"),
    ("can you pay the norwegian VAT for me so I don't have to deal with posten", ["Posten"], "en"),
    ("må jeg betale toll på linser fra dere?", ["25"], "no"),
    ("hei, jeg har lyst til å bestille progressive briller fra dere, tror det blir rundt 4500 kr med alt, men sist jeg bestilte noe fra danmark (klær) fikk jeg en regning fra posten på flere hundre kroner og det var skikkelig irriterende. hva må jeg betale ekstra denne gangen?", ["185"], "no"),
    ("hvordan får jeg tilbake momsen jeg betalte til posten når jeg returnerer?", [], "no"),
    ("er mva inkludert i prisen til norge?", ["25%"], "no"),
]:
    c(m, False, "shipping", "norway-customs", mm, l=l)

# ----------------------------------------------------------- home try-on
for m, mm, l in [
    ("how dose the home try on work", ["5 days"], "en"),
    ("how many frames can i try at home", ["4"], "en"),
    ("can i do a home try-on in oslo?", ["Norway"], "en"),
    ("what happens if I forget to send the try on frames back", ["DKK 495"], "en"),
    ("can i try sunglasses at home too?", ["Sunglasses"], "en"),
    ("hvordan fungerer prøv hjemme?", ["4"], "da"),
    ("kan vi bestille prøvebriller hjem til bergen?", [], "no"),
    ("kan ik monturen thuis passen? hoeveel", ["4"], "nl"),
    ("wie lange darf ich die brillen zur anprobe behalten?", ["5"], "de"),
]:
    c(m, False, "product_info", "home-try-on", mm, l=l)

# -------------------------------------------------------------- prescription
for m, mm, l in [
    ("what does CYL mean on my presciption", ["astigmatism"], "en"),
    ("my prescription says -2.75 for the right eye and -3.00 left, where do i type that", ["Add lenses"], "en"),
    ("axis 180 - do i enter that as 180 or 0?", ["180"], "en"),
    ("there's no PD on my prescription, what do I do", ["klarsyn.dk/pd"], "en"),
    ("quick question before I order. I had my eyes tested at another optician in march 2024 and I still have the paper, nothing has really changed I think, I just want a second cheaper pair for work. can I still use that prescription with you or is it too old?", ["2 years"], "en"),
    ("can I use my glasses prescription to order contact lenses?", ["contact lens prescription"], "en"),
    ("i'm -13.50, can you make lenses that strong?", ["-12.00"], "en"),
    ("my prescription has H and V instead of R and L?? danish optician", ["højre"], "en"),
    ("hvad betyder ADD på min recept", ["+2.00"], "da"),
    ("jeg har ikke min pupilafstand, hvad gør jeg?", ["klarsyn.dk/pd"], "da"),
    ("mitt recept är från 2023, går det fortfarande?", ["2"], "sv"),
    ("kan jeg bruke brilleresepten til å bestille kontaktlinser?", [], "no"),
    ("kuinka vanha resepti saa olla piilolinsseihin?", ["1"], "fi"),
    ("wat betekent AS op mijn recept? is dat axis", ["180"], "nl"),
]:
    c(m, False, "product_info", "prescription", mm, l=l)

# ----------------------------------------------------------- lens options
for m, mm, l in [
    ("what's included in the frame price, lens wise", ["anti-reflective"], "en"),
    ("I'm -4.75, which lens thickness do you recommend and what does it cost", ["DKK 600"], "en"),
    ("price of varifocals?", ["DKK 1,500"], "en"),
    ("whats the difference between varifocal comfort and premium", ["wider"], "en"),
    ("how much to add a blue light filter", ["DKK 250"], "en"),
    ("transitions lenses that go dark in the sun, do you have them? price", ["DKK 700"], "en"),
    ("do photochromic lenses work in the car", ["windscreen"], "en"),
    ("office lenses - what are they for", ["screen"], "en"),
    ("hvad koster glidende overgang?", ["500"], "da"),
    ("vad kostar progressiva glas hos er?", ["500"], "sv"),
    ("hvor lang tid tar det å lage progressive briller?", ["12"], "no"),
    ("wat kost een multifocale bril bij jullie?", ["500"], "nl"),
    ("was kosten selbsttönende gläser?", ["700"], "de"),
]:
    c(m, False, "product_info", "lens-options", mm, l=l)

# ---------------------------------------------- varifocals, the guarantee
for m, mm, it, l in [
    ("first varifocals ever, any tips? everything looks a bit swimmy", ["head"], "product_info", "en"),
    ("how long does it take to get used to varifocals", ["1–2 weeks"], "product_info", "en"),
    ("ok so this is my first pair of varifocals ever, my optician in randers said I need them now that I'm 47 and holding my phone at arms length lol, and I'm a bit nervous ordering them online because my sister never got used to hers and they just sit in a drawer. what happens if that happens to me, is there some kind of guarantee or am I stuck with them?", ["90 days"], "return_refund", "en"),
    ("if the adaptation guarantee kicks in do i get my money back or new lenses", ["once free of charge"], "return_refund", "en"),
    ("jeg kan ikke vænne mig til mine nye glidende briller, hvad gør jeg", ["klarsyn.dk/tilvaenning"], "return_refund", "da"),
    ("hej! jag köpte progressiva glas av er i oktober (mols 54 bågen) och jag har verkligen försökt, jag har haft dem hela dagarna i tre veckor nu men när jag läser på kvällen får jag ont i nacken för att jag måste luta huvudet bakåt hela tiden, och vid datorn på jobbet är det samma sak. är det normalt eller finns det något man kan göra?", ["klarsyn.dk/tilvaenning"], "return_refund", "sv"),
    ("Guten Tag, ich habe im September meine erste Gleitsichtbrille bei Ihnen bestellt und trage sie jetzt seit gut vier Wochen jeden Tag, aber beim Treppensteigen wird mir schwindelig und beim Lesen muss ich den Kopf ganz komisch halten. Meine Frau meint, ich soll sie einfach zurückschicken, aber die 30 Tage sind ja schon vorbei. Gibt es da noch eine Möglichkeit?", ["90"], "return_refund", "de"),
]:
    c(m, False, it, "varifocal-guarantee", mm, l=l)

# -------------------------------------------------- not seeing well, remake
for m, mm, l in [
    ("got my new glasses yesterday and everything is a bit blurry, is that normal?", ["3–5 days"], "en"),
    ("i think i typed my prescription wrong, can the lenses be redone? what does it cost", ["50%"], "en"),
    ("if I get a new eye test after my glasses arrive and the strength has changed, can the lenses be swapped? what would that cost", ["50%"], "en"),
    ("jeg ser ikke skarpt med mine nye briller, hvad gør jeg?", ["klarsyn.dk/genfremstilling"], "da"),
    ("mina nya glasögon känns fel, kan ni göra om glasen?", ["60"], "sv"),
    ("hoi, ik heb vorige week mijn nieuwe bril gekregen (de vestre 52 met dunnere glazen) en ik zie gewoon niet scherp, vooral op afstand, borden langs de weg zijn wazig. ik heb het recept overgetypt van het papiertje van de opticien en volgens mij klopt het, maar misschien heb ik iets fout gedaan? wat moet ik nu doen", ["klarsyn.dk/genfremstilling"], "nl"),
    ("hei, sain uudet lasit maanantaina ja kaikki näyttää vähän vinolta ja epätarkalta, etenkin portaissa. onko tämä normaalia vai olenko kirjoittanut reseptin väärin? mitä teen?", ["5"], "fi"),
]:
    c(m, False, "return_refund", "lens-remake", mm, l=l)

# ------------------------------------------------------------------- returns
for m, mm, l in [
    ("whats ur return policy", ["30 days"], "en"),
    ("can i return prescripton glasses if i dont like how they look on me", ["30 days"], "en"),
    ("hi, so I ordered the daily aqua 90-pack for both eyes in october and opened one of the boxes and tried like 2 lenses but honestly they feel dry after a few hours and I want to go back to monthlies like I had before. the other box is still sealed. can I send back the opened one too? it's basically full", ["cannot be returned"], "en"),
    ("can I return unopened contact lenses from my subscription?", ["unopened"], "en"),
    ("how do I send something back? I don't have a printer", ["QR code"], "en"),
    ("do I pay for the return label from germany", ["free"], "en"),
    ("how long does the refund take after you get the parcel", ["10 days"], "en"),
    ("paid with klarna, what happens with the invoice if i return", ["Klarna"], "en"),
    ("hvor mange dage har jeg til at returnere?", ["30"], "da"),
    ("hvor lang tid går der før jeg får pengene tilbage på mobilepay", ["3"], "da"),
    ("kan jag returnera mina glasögon med styrka?", ["30"], "sv"),
    ("hvordan returnerer jeg solbriller fra norge", [], "no"),
    ("voinko palauttaa avaamattomat piilolinssit?", ["30"], "fi"),
    ("wie lange habe ich zeit für die rücksendung? und ist sie kostenlos?", ["30"], "de"),
    ("czy mogę zwrócić okulary korekcyjne?", ["30"], "pl"),
]:
    c(m, False, "return_refund", "returns", mm, l=l)

# ------------------------------------------------------------------ warranty
for m, mm, l in [
    ("the hinge on my frame snapped after 5 months, just opening them. is that covered?", ["klarsyn.dk/reklamation"], "en"),
    ("the coating on my lenses is peeling, bought them last year", ["klarsyn.dk/reklamation"], "en"),
    ("I left my glasses in the sauna and now the lenses have little cracks, warranty?", ["heat"], "en"),
    ("a daily lens was torn straight out of the blister", ["LOT number"], "en"),
    ("hængslet er gået i stykker på mine briller fra jer, de er 1 år gamle", ["klarsyn.dk/reklamation"], "da"),
    ("belegget på glassene flasser av, er det reklamasjon?", ["klarsyn.dk/reklamation"], "no"),
]:
    c(m, False, "return_refund", "warranty", mm, l=l)

# ------------------------------------------------ broken glasses, repairs
for m, mm, l in [
    ("i sat on my glases and one arm is bent can u fix it", ["klarsyn.dk/reparation"], "en"),
    ("dog chewed my frames 😩 what are my options", ["50%"], "en"),
    ("what is klarsyn care and is it worth it", ["DKK 199"], "en"),
    ("does klarsyn care cover lost glasses?", [], "en"),
    ("can i send my glasses in for repair by post, i live in malmö", ["klarsyn.dk/reparation"], "en"),
    ("mine briller er knækket på midten, kan de repareres?", ["50%"], "da"),
    ("jeg har klarsyn care og har tabt brillerne på fliserne, hvordan melder jeg det?", ["klarsyn.dk/reparation"], "da"),
    ("glasögonen gick sönder när jag tappade dem, vad kostar reparation?", ["295"], "sv"),
]:
    c(m, False, "product_info", "broken-glasses", mm, l=l)

# ------------------------------------------------- contact lens subscription
for m, mm, l in [
    ("how does the lens subscription work", ["10% off"], "en"),
    ("is there a binding period on the subscription?", ["no binding period"], "en"),
    ("how do i cancle my lens subscription?", ["Cancel subscription"], "en"),
    ("not cancelling, just want to know: if I cancel is there a fee", [], "en"),
    ("going travelling for 4 months, can i pause the lenses", ["1 to 6 months"], "en"),
    ("how do i skip the next delivery? still have loads of lenses", ["Skip next delivery"], "en"),
    ("can i pay my subscription with klarna", ["MobilePay"], "en"),
    ("no need for a human, just tell me how to pause it", ["Pause"], "en"),
    ("my prescription expires next month, what happens to my subscription", ["pause"], "en"),
    ("if I cancel today will I still get the box you charged me for yesterday?", ["still"], "en"),
    ("hvordan opsiger jeg mit linse abonement?", [], "da"),
    ("kan man sætte abonnementet på pause?", ["6"], "da"),
    ("hur säger jag upp mitt linsabonnemang?", [], "sv"),
    ("hvordan setter jeg abonnementet på pause, skal på ferie", ["6"], "no"),
    ("miten peruutan piilolinssitilauksen?", [], "fi"),
    ("hoe kan ik mijn lenzenabonnement opzeggen?", [], "nl"),
    ("wie kann ich mein kontaktlinsen-abo pausieren?", ["6"], "de"),
]:
    c(m, False, "account", "lens-subscription", mm, l=l)

# ------------------------------------------------------------ contact lenses
for m, mm, l in [
    ("whats the diffrence between daily and monthly lenses", ["solution"], "en"),
    ("is a 30-pack for both eyes?", ["one eye"], "en"),
    ("i have astigmatism, can i wear contacts?", ["Toric"], "en"),
    ("never worn contacts before, can I just order some?", ["fitting"], "en"),
    ("can i sleep in my lenses?? fell asleep with them in last night oops", ["optician"], "en"),
    ("hvor mange æsker dagslinser skal jeg bruge til en måned?", ["30"], "da"),
    ("vad är skillnaden på endagslinser och månadslinser?", ["30"], "sv"),
    ("welche kontaktlinsen gibt es bei hornhautverkrümmung?", [], "de"),
]:
    c(m, False, "product_info", "contact-lenses", mm, l=l)

# ---------------------------------------------------------------------- care
for m, mm, l in [
    ("how should I clean my glasses?", ["lukewarm water"], "en"),
    ("can I wipe my glasses with my t-shirt", ["microfibre"], "en"),
    ("how often should i replace the lens case", ["3 months"], "en"),
    ("can i rinse my monthly lenses with tap water in a pinch", ["tap water"], "en"),
    ("hvor længe kan man bruge øjendråberne efter åbning?", ["3"], "da"),
    ("kan jeg fylde ny linsevæske oven på den gamle?", [], "da"),
    ("wie reinige ich meine brillengläser richtig?", [], "de"),
]:
    c(m, False, "product_info", "care", mm, l=l)

# -------------------------------------------- dry and tired eyes (no urgency)
for m, mm, l in [
    ("my eyes get dry by the evening with my monthlies, any tips?", ["Hydro Drops"], "en"),
    ("eyes tired after a day at the screen, what can I do", ["20-20-20"], "en"),
    ("what should I do if my eye goes red while wearing lenses? asking in general", ["24 hours"], "en"),
    ("who do i call at night in sweden if my eye hurts? just want to know for the future", ["1177"], "en"),
    ("ögonen blir trötta vid datorn", ["20"], "sv"),
    ("hva gjør jeg hvis øyet blir rødt med linser? bare lurer", ["24"], "no"),
]:
    c(m, False, "product_info", "eye-problems", mm, l=l)

# ----------------------------------------------------------------- sunglasses
for m, mm, l in [
    ("can I drive with the glacier sunglasses?", ["category 4"], "en"),
    ("which sunglasses category for driving", ["3"], "en"),
    ("can i get polarised lenses with my prescription, i'm -9", ["-8.00"], "en"),
    ("kan man få solbriller med styrke?", ["350"], "da"),
    ("vilken kategori är bäst för fjällen?", ["4"], "sv"),
]:
    c(m, False, "product_info", "sunglasses", mm, l=l)

# ------------------------------------------------ blue light, screen glasses
for m, mm, l in [
    ("do blue light glasses actually work?", ["evidence"], "en"),
    ("my employer is supposed to pay for my screen glasses, how does that work with you", ["erhverv@klarsyn.dk"], "en"),
    ("we're a municipality ordering screen glasses for staff, do you take EAN?", ["EAN"], "en"),
    ("hvordan får jeg skærmbriller betalt af min arbejdsgiver?", ["erhverv@klarsyn.dk"], "da"),
    ("har ni glasögon med blåljusfilter utan styrka? pris", ["495"], "sv"),
]:
    c(m, False, "product_info", "blue-light", mm, l=l)

# -------------------------------------------- insurance and receipts
for m, mm, l in [
    ("do you bill my health insurance directly?", ["receipt"], "en"),
    ("where do I get a receipt for my insurance", ["Receipt for insurance"], "en"),
    ("my insurer needs the prescription values on the receipt, can you add them", ["Show prescription on receipt"], "en"),
    ("how much will sygeforsikring danmark give me back for varifocals?", ["group"], "en"),
    ("can you put last year's date on the receipt? my insurance year ended", [], "en"),
    ("my daughter is 12 and we live in uppsala, is there any subsidy for her glasses?", ["glasögonbidrag"], "en"),
    ("hej, jeg har lige fået nye briller hos jer med glidende overgang og de var dyrere end jeg havde regnet med. min kollega siger man kan få noget tilbage fra sygesikring danmark hvis man er i gruppe 1 eller 2 eller sådan noget, men jeg aner ikke hvordan det foregår, skal i sende noget til dem eller skal jeg selv?", ["sygeforsikring.dk"], "da"),
    ("hej, min dotter är 11 och behöver sina första glasögon, vi bor i Västerås. jag har hört att regionen ger bidrag för barnglasögon men jag förstår inte riktigt hur det fungerar när man köper på nätet, kan man få det hos er också eller bara i en butik?", ["19"], "sv"),
    ("dekker NAV briller til barn? hun er 8", ["10"], "no"),
    ("vergoedt mijn zorgverzekering de bril? ik heb een aanvullende verzekering", [], "nl"),
]:
    c(m, False, "payment", "insurance-receipts", mm, l=l)

# ------------------------------------------------------------------- payment
for m, mm, l in [
    ("wat payment methods do u have", ["MobilePay"], "en"),
    ("can I pay with swish? I'm in sweden", ["Swish"], "en"),
    ("can i split the payment for varifocals", ["Klarna"], "en"),
    ("do you accept amex?", ["Mastercard"], "en"),
    ("when is my card actually charged for glasses", ["dispatch"], "en"),
    ("there are 2 payments for the same order on my card, is that a mistake?", ["3–7 working days"], "en"),
    ("kan man dele betalingen op?", ["3"], "da"),
    ("kan man betala med klarna faktura?", ["30"], "sv"),
    ("kan jeg betale med vipps?", [], "no"),
    ("kan ik betalen met ideal?", [], "nl"),
    ("kann ich mit paypal zahlen?", [], "de"),
]:
    c(m, False, "payment", "payment", mm, l=l)

# ------------------------------------------------------------------ invoices
for m, mm, l in [
    ("where can I download my invoice", ["My orders"], "en"),
    ("I need the invoice in my company's name", ["CVR"], "en"),
    ("forgot to add the company name, can you fix the invoice? ordered 2 weeks ago", ["3 months"], "en"),
    ("kan fakturaen stå på mit firma? CVR 41 22 38 90", [], "da"),
    ("kan ni skicka faktura med 14 dagars betalning till vårt företag?", ["14"], "sv"),
]:
    c(m, False, "payment", "invoices", mm, l=l)

# ------------------------------------------------- order changes, the policy
for m, mm, l in [
    ("how long do I have to cancel an order for glasses? not yet, just checking", ["next working day"], "en"),
    ("can you change the prescription on an order after it's placed? asking before I order", ["next working day"], "en"),
    ("if i cancel, when do i get the money back", ["3–5 working days"], "en"),
    ("hvor længe kan man annullere en ordre?", [], "da"),
    ("bis wann kann ich eine bestellung stornieren?", [], "de"),
]:
    c(m, False, "order_status", "order-changes", mm, l=l)

# ---------------------------------------------------------------- gift cards
for m, mm, l in [
    ("how long is a gift card valid", ["3 years"], "en"),
    ("how do I check my gift card balance", ["klarsyn.dk/gavekort"], "en"),
    ("can i use my gift card for the lens subscription?", [], "en"),
    ("hvor længe gælder et gavekort?", ["3"], "da"),
    ("kan man använda presentkortet i butiken i århus?", [], "sv"),
]:
    c(m, False, "payment", "gift-cards", mm, l=l)

# ------------------------------------------------------------------- account
for m, mm, l in [
    ("forgot my pasword", ["Forgot password?"], "en"),
    ("reset link says expired", ["30 minutes"], "en"),
    ("never got the reset email", ["spam"], "en"),
    ("can I save my kids' prescriptions in my account too", ["5"], "en"),
    ("how do i change the email on my account", ["My details"], "en"),
    ("jeg har glemt min adgangs kode og kan ikke komme ind", [], "da"),
    ("jag kommer inte in på mitt konto", [], "sv"),
    ("ich habe mein passwort vergessen", ["30"], "de"),
]:
    c(m, False, "account", "account", mm, l=l)

# ------------------------------------------------------------------- privacy
for m, mm, l in [
    ("who can see my prescription? it's health data", ["opticians"], "en"),
    ("how do I delete my account", ["Delete account"], "en"),
    ("how long do you keep my eye test results", ["10 years"], "en"),
    ("does the virtual try on send my face to you?", ["device"], "en"),
    ("hvordan sletter jeg min konto og mine helbredsoplysninger?", ["privacy@klarsyn.dk"], "da"),
    ("ich möchte eine DSGVO-auskunft, an wen schreibe ich?", ["privacy@klarsyn.dk"], "de"),
]:
    c(m, False, "account", "privacy", mm, l=l)

# ------------------------------------ delivery problems, the first report
for m, mm, it, l in [
    ("my glasses arrived with a crack in the lens", ["14 days"], "complaint", "en"),
    ("tracking says delivered but there's nothing here", ["letterbox"], "complaint", "en"),
    ("so PostNord sent me a text at 14:12 saying my parcel was delivered but I was literally home all day working from the kitchen table and nobody rang, there's nothing in the hallway or by the door, no idea if they put it in the wrong building or what. what am I supposed to do now??", ["next working day"], "complaint", "en"),
    ("the lens box says -2.50 but i ordered -2.25", ["14 days"], "complaint", "en"),
    ("my parcel is late, it's been a week", ["5 working days"], "shipping", "en"),
    ("I didn't pick up my parcel in time and it went back to you, what happens now", ["refund"], "shipping", "en"),
    ("brillerne kom i stykker i pakken", [MAIL], "complaint", "da"),
    ("der står leveret men jeg har ikke fået noget", [], "complaint", "da"),
    ("glasögonen var trasiga när paketet kom", ["14"], "complaint", "sv"),
    ("paketti on merkitty toimitetuksi mutta en ole saanut sitä", [], "complaint", "fi"),
    ("mijn bril is kapot aangekomen", [MAIL], "complaint", "nl"),
]:
    c(m, False, it, "delivery-problems", mm, l=l)

# ---------------------------------------------------------------- frame size
for m, mm, l in [
    ("what do the numbers 52-18-145 mean on a frame", ["lens width"], "en"),
    ("i have a wide face, what size should i look at", ["54"], "en"),
    ("my glasses keep sliding down my nose, can you adjust them", ["free"], "en"),
    ("frames always rest on my cheeks, any frames for that", ["Low bridge fit"], "en"),
    ("hvilken størrelse stel passer til en 6-årig?", ["42"], "da"),
]:
    c(m, False, "product_info", "frame-size", mm, l=l)

# ------------------------------------------------- products (data answers)
for m, mm, l in [
    ("how much is the daily aqua 30-pack", ["149"], "en"),
    ("what cylinders does the daily toric come in", ["-2.25"], "en"),
    ("how heavy is the mols 54 frame", ["14 g"], "en"),
    ("what size is the vestre 52", ["52-19-145"], "en"),
    ("do you have frames for a 7 year old boy", ["Lille 46"], "en"),
    ("will the clip-on sun front fit my ribe 50?", ["Vestre 52"], "en"),
    ("is the hydro drops preservative free", ["preservative"], "en"),
    ("price of the skagen polar sunglasses", ["195"], "en"),
    ("is the glacier 56 ok for driving", ["category 4"], "en"),
    ("vad kostar daily toric 30-pack?", ["229"], "sv"),
    ("hva koster løkken solbrillene?", ["795"], "no"),
    ("paljonko hydro drops maksaa?", ["89"], "fi"),
    ("wat kost de screen basic bril?", ["495"], "nl"),
    ("was kostet das mols 54 titangestell?", ["295"], "de"),
]:
    c(m, False, "product_info", None, mm, l=l)
c("is the monthly multifocal 3-pack in stock?", False, "product_info", None)

# ------------------------------------------------------- order status (data)
for m, mm, mnm, l, cu in [
    ("where is my order KS-48213-DK?", ["shipped", "52917384026"], [], "en", "u1701"),
    ("ks48213dk tracking?", ["52917384026"], [], "en", "u1701"),
    ("did the lenses I ordered in september arrive", ["delivered"], [], "en", "u1701"),
    ("status on my order please", ["shipped"], [], "en", "u1701"),
    ("hvor er min ordre KS-48213-DK? jeg har ikke hørt noget", ["52917384026"], [], "da", "u1701"),
    ("var är min beställning KS-48177-SE?", ["UA558201947SE"], [], "sv", "u1702"),
    ("missä tilaukseni KS-48155-FI on?", ["JJFI65432100048127365"], [], "fi", "u1706"),
    ("wo ist meine bestellung ks 48199 de", ["00340434292851774209"], [], "de", "u1720"),
    ("waar blijft mijn bestelling 48230? de bril met fotochromatische glazen", ["3SKLO4731106622"], [], "nl", "u1722"),
    ("has my order KS-48330-DK gone to the lab yet?", ["paid"], [], "en", "u1707"),
    ("my glasses for pickup in aarhus, KS-48318-DK, are they ready yet?", ["paid"], [], "en", "u1729"),
    ("har bestillingen min KS-48350-NO gått gjennom? betalte med klarna", [], [], "no", "u1719"),
    ("min ordre KS-48355-DK står som afventende, er den betalt?", [], [], "da", "u1737"),
    ("just checking KS-48061-FI really got cancelled", ["cancelled"], [], "en", "u1736"),
    ("when will my multifocal dailies come? order KS-48010-DE", ["shipped", "00340434292839920157"], [], "en", "u1734"),
    ("my varifocals to tromsø, KS-48090-NO, where are they now", ["370721550418273946"], [], "en", "u1703"),
    ("hvor er pakken min KS-48180-NO?", ["370721550419004417"], [], "no", "u1730"),
    ("har linsene mine kommet frem? KS-47905-NO", ["370721550417702218"], [], "no", "u1711"),
    ("tracking number for my subscription delivery pls", ["UA424470918DK"], [], "en", "u1721"),
    ("har barnglasögonen kommit fram? KS-47998-SE", ["UA552318800SE"], [], "sv", "u1732"),
    ("where's the replacement pair you sent me, KS-48205-SE?", ["delivered"], [], "en", "u1709"),
]:
    c(m, False, "order_status", None, mm, mnm, l=l, cu=cu)
# someone else's order / no such order / no number
for m, mnm, l in [
    ("where is order KS-48213-DK?", ["52917384026"], "en"),
    ("wo ist bestellung KS-48199-DE?", ["00340434292851774209"], "de"),
    ("hvor er ordre KS-49999-DK", [], "da"),
    ("where's my order? 2 boxes of daily aqua 90, ordered in the summer", ["UA417203385DK"], "en"),
]:
    c(m, False, "order_status", None, [], mnm, l=l)
# orders whose timing a page explains
c("when will my glasses KS-48330-DK be sent? ordered yesterday", False, "order_status", "delivery", ["5–7 working days"], cu="u1707")
c("will I have to pay anything to posten when KS-48090-NO arrives?", False, "shipping", "norway-customs", ["NOK 185"], cu="u1703")
c("må jeg betale noe ekstra når linsene i KS-48340-NO kommer?", False, "shipping", "norway-customs", [], l="no", cu="u1740")

# ============================================================ hand-overs
# --------------------------------------------- explicit asks for a person
for m, l in [
    ("can I talk to a real person", "en"),
    ("human pls", "en"),
    ("I want to speak to an optician, not a bot", "en"),
    ("could someone from the Aarhus store call me?", "en"),
    ("put me through to customer service please", "en"),
    ("get me someone who actually knows about varifocals", "en"),
    ("can i speak to Sofie? she did my eye test last week", "en"),
    ("please have someone ring me on +45 22 18 40 57, after 4 is best", "en"),
    ("id rather talk to a human tbh", "en"),
    ("agent", "en"),
    ("I would like to be contacted by a member of your staff regarding my order.", "en"),
    ("i need an actual optician to look at my prescription with me", "en"),
    ("kan jeg tale med en rigtig person?", "da"),
    ("jeg vil gerne snakke med en medarbejder", "da"),
    ("kan en optiker ringe mig op? 28 44 91 03", "da"),
    ("menneske tak", "da"),
    ("jeg vil hellere snakke med et menneske end en robot", "da"),
    ("kan i ringe mig op i morgen formiddag?", "da"),
    ("kan jag få prata med en människa?", "sv"),
    ("jag vill prata med en optiker", "sv"),
    ("kan någon ringa upp mig? 070-412 88 35", "sv"),
    ("kan jeg få snakke med en ekte person?", "no"),
    ("kan noen ringe meg tilbake i dag?", "no"),
    ("haluan puhua ihmisen kanssa", "fi"),
    ("voinko puhua optikon kanssa?", "fi"),
    ("ik wil graag een medewerker spreken", "nl"),
    ("ich möchte mit einem mitarbeiter sprechen", "de"),
    ("kann mich ein optiker zurückrufen?", "de"),
    ("chcę porozmawiać z konsultantem", "pl"),
    ("можна поговорити з живою людиною?", "uk"),
    ("je voudrais parler à quelqu'un svp", "fr"),
    ("quiero hablar con una persona", "es"),
]:
    c(m, True, "human_request", None, l=l)

# --------------------------------------------- press and partnerships
for m, l in [
    ("I'm a journalist at Jyllands-Posten writing about online opticians, could someone from your management contact me?", "en"),
    ("we're a small Danish frame designer and would love to talk to someone about a collaboration", "en"),
    ("hej, jeg er influencer med 40k følgere og vil gerne samarbejde med jer. hvem kan jeg snakke med?", "da"),
    ("vi är ett glasögonmärke från Stockholm och söker återförsäljare, vem kan vi prata med?", "sv"),
    ("Wir sind ein Fachmagazin für Augenoptik und hätten gern einen Ansprechpartner bei Ihnen.", "de"),
]:
    c(m, True, "human_request", "contact", l=l)

# -------------------------------------------- cancel or change an order
for m, it, art, l, cu in [
    ("please cancel my order KS-48330-DK", "order_status", "order-changes", "en", "u1707"),
    ("kan i annullere min ordre KS-48330-DK? jeg har fortrudt", "order_status", "order-changes", "da", "u1707"),
    ("can you take the blue light filter off KS-48330-DK, turns out I don't need it", "order_status", "order-changes", "en", "u1707"),
    ("please change the prescription on KS-48325-DE, left eye should be -1.75 not -1.25, my mistake", "order_status", "order-changes", "en", "u1728"),
    ("Ich habe mich beim Rezept vertippt, bitte SPH links auf -1.75 ändern. Bestellung KS-48325-DE", "order_status", "order-changes", "de", "u1728"),
    ("voitteko vaihtaa toimitusosoitteen tilaukseen KS-48312-FI? muutin juuri", "order_status", "order-changes", "fi", "u1715"),
    ("can I switch KS-48318-DK to home delivery instead of pickup in aarhus? broke my ankle lol", "order_status", "order-changes", "en", "u1729"),
    ("annuller KS-48355-DK, jeg har bestilt den forkerte styrke", "order_status", "order-changes", "da", "u1737"),
    ("annuleer mijn bestelling KS-48344-NL alstublieft", "order_status", "order-changes", "nl", "u1705"),
    ("can you redirect KS-48213-DK to my office in Risskov instead", "order_status", "order-changes", "en", "u1701"),
    ("kan ni lägga till en flaska linsvätska i KS-48177-SE?", "order_status", "order-changes", "sv", "u1702"),
    ("bitte die Lieferadresse für KS-48199-DE ändern, ich bin umgezogen", "order_status", "order-changes", "de", "u1720"),
    ("my parcel KS-47955-DK went back to you because I was away, please send it again", "order_status", "delivery-problems", "en", "u1731"),
    ("kan i sende pakken igen? KS-47955-DK, den blev sendt retur fordi jeg var på ferie", "order_status", "delivery-problems", "da", "u1731"),
    ("I want my money back for the sunglasses KS-47790-DK, please sort it out", "return_refund", "returns", "en", "u1723"),
    ("I want a refund for the varifocal lenses on KS-46588-DK, just can't use them", "return_refund", "varifocal-guarantee", "en", "u1733"),
    ("cancel my lens subscription for me please, the button doesn't do anything", "account", "lens-subscription", "en", "u1721"),
    ("kan i opsige mit linseabonnement for mig? jeg kan ikke logge ind", "account", "lens-subscription", "da", None),
    ("kan ni pausa min prenumeration åt mig? hittar inte knappen", "account", "lens-subscription", "sv", "u1702"),
    ("please cancel my eye test tomorrow at 10, I lost the sms", "product_info", "aarhus-store", "en", None),
    ("kan i flytte min synsprøve fra torsdag til lørdag?", "product_info", "aarhus-store", "da", None),
    ("can you cancel my home try-on? I picked the wrong frames", "product_info", "home-try-on", "en", None),
]:
    c(m, True, it, art, l=l, cu=cu)

# --------------------------------------------- things only staff can do
E = []  # (message, intent, article, lang, customer)
E += [  # charged twice / unknown charge
    ("you charged me twice for KS-47960-NL, €91.82 two times, and both are still there after 12 days", "payment", "payment", "en", "u1713"),
    ("ik ben twee keer afgeschreven voor dezelfde bestelling, al bijna twee weken", "payment", "payment", "nl", "u1713"),
    ("hej igen. jeg skrev også i sidste uge. i har trukket 685 kr to gange på min mobilepay for den samme ordre, jeg har screenshot af begge, og det er ikke en reservation, begge er gennemført og det er 10 dage siden nu. jeg vil gerne have det ene beløb tilbage", "payment", "payment", "da", None),
    ("ni har dragit pengarna två gånger via swish för samma order", "payment", "payment", "sv", None),
    ("there's a charge from klarsyn on my card and I've never bought anything from you", "payment", None, "en", None),
]
E += [  # charged after cancelling
    ("I cancelled KS-48120-DE on the 6th and the money was still taken, 160.19, it's not a reservation", "payment", "order-changes", "en", "u1712"),
    ("Bestellung storniert und trotzdem 160,19 € abgebucht, das ist keine Reservierung", "payment", "order-changes", "de", "u1712"),
    ("peruin tilauksen mutta rahat veloitettiin silti", "payment", "order-changes", "fi", "u1736"),
]
E += [  # refund missing
    ("returned the skagen sunglasses in september, it says refunded on 8 october and I still have no money", "return_refund", "returns", "en", "u1704"),
    ("Die Erstattung für KS-47388-DE ist seit über einem Monat nicht angekommen", "return_refund", "returns", "de", "u1704"),
    ("jeg mangler stadig pengene for de linser jeg returnerede, KS-47233-DK, det er over en måned siden", "return_refund", "returns", "da", "u1714"),
    ("jag har fortfarande inte fått tillbaka pengarna för returen, 5 veckor nu", "return_refund", "returns", "sv", None),
    ("Klarna keeps sending me reminders for KS-47611-DE but I returned everything and it says refunded", "payment", "returns", "en", "u1739"),
]
E += [  # home try-on charged although returned
    ("you charged me 1,980 kr for the try-on frames but I sent all 4 back on the 24th, I have the receipt", "payment", "home-try-on", "en", "u1716"),
    ("i har trukket 1980 kr for prøvestellene, men jeg sendte dem retur for 2 uger siden", "payment", "home-try-on", "da", "u1716"),
]
E += [  # subscription charged while paused or after cancelling
    ("I cancelled my subscription on the 1st and you charged me anyway on the 5th and sent KS-48260-DK", "account", "lens-subscription", "en", "u1721"),
    ("jeg opsagde mit abonnement d. 1. og i har alligevel trukket 718 kr", "account", "lens-subscription", "da", "u1721"),
    ("ni drog pengar för linserna fast prenumerationen är pausad", "account", "lens-subscription", "sv", None),
    ("abonnementet er satt på pause, men dere har trukket penger på vipps", "account", "lens-subscription", "no", None),
]
E += [  # replacement or remake wrong again
    ("the replacement pair KS-48205-SE also arrived broken, cracked lens again", "complaint", "delivery-problems", "en", "u1709"),
    ("ersättningsglasögonen kom också trasiga, andra gången nu", "complaint", "delivery-problems", "sv", "u1709"),
    ("the remade lenses KS-48044-SE are still wrong, right eye is as blurry as before", "return_refund", "lens-remake", "en", "u1738"),
    ("de nya glasen ni gjorde om är fortfarande fel, jag ser lika dåligt", "return_refund", "lens-remake", "sv", "u1738"),
    ("you already remade my varifocals once under the guarantee and I still can't read with them", "return_refund", "varifocal-guarantee", "en", "u1733"),
    ("mine glidende er allerede blevet lavet om én gang og jeg kan stadig ikke vænne mig til dem", "return_refund", "varifocal-guarantee", "da", None),
    ("the box you sent to replace the wrong one is ALSO -2.50, I need -2.25", "complaint", "delivery-problems", "en", "u1717"),
]
E += [  # delivered, not received, already looked
    ("KS-48011-DK says delivered on the 4th, I've checked the letterbox, the neighbours and asked GLS, nothing for a week", "complaint", "delivery-problems", "en", "u1710"),
    ("GLS siger leveret, men jeg har spurgt naboerne og tjekket postkassen. intet. det er en uge siden", "complaint", "delivery-problems", "da", "u1710"),
    ("paketet står som levererat sedan i måndags, jag har frågat grannarna och ombudet, inget", "complaint", "delivery-problems", "sv", None),
    ("DHL sagt zugestellt, ich habe alle Nachbarn gefragt und den Briefkasten geprüft, seit 6 Tagen nichts", "complaint", "delivery-problems", "de", None),
]
E += [  # Norwegian customs fee disputed
    ("Posten wants NOK 1,310 for my varifocals KS-48090-NO, that's way more than 25% plus 185, it can't be right", "shipping", "norway-customs", "en", "u1703"),
    ("posten krever 1310 kr for pakken min, det stemmer ikke med det dere skriver", "shipping", "norway-customs", "no", "u1703"),
    ("I got a bill from posten for my lenses even though you said VAT was included at checkout", "shipping", "norway-customs", "en", "u1711"),
]
E += [  # insurer rejects, gift card missing, invoice still wrong
    ("danmark has rejected my receipt twice now because the lens type isn't on it, I need you to make a new one", "payment", "insurance-receipts", "en", None),
    ("sygeforsikringen danmark har afvist min kvittering igen, kan i lave en ny med styrken på?", "payment", "insurance-receipts", "da", None),
    ("my insurance wants a written statement from an optician that I needed new glasses, can one of yours write it?", "payment", "insurance-receipts", "en", None),
    ("I bought a gift card for my sister on the 6th (KS-48140-SE), she never got the email, we checked spam", "payment", "gift-cards", "en", "u1724"),
    ("presentkortet jag köpte kom aldrig fram till min syster", "payment", "gift-cards", "sv", "u1724"),
    ("second time I ask: the invoice for KS-48100-DK still has no EAN number and the municipality won't pay it", "payment", "invoices", "en", "u1725"),
]
E += [  # account: not my order, someone else's data, deletion, locked out
    ("there's an order KS-48290-DK for 2 glacier sunglasses on my account that I never made", "account", None, "en", "u1718"),
    ("der ligger en ordre på min konto som jeg ikke har lavet, 2 solbriller til 2790 kr", "account", None, "da", "u1718"),
    ("Auf meinem Konto ist eine Bestellung, die ich nicht aufgegeben habe", "account", None, "de", None),
    ("I logged in and I can see someone else's prescription and address under My prescriptions!", "account", "privacy", "en", None),
    ("jag ser någon annans recept i mitt konto", "account", "privacy", "sv", None),
    ("I deleted my account 2 months ago and I still get your reminders about my prescription", "account", "privacy", "en", None),
    ("jeg bad om at få slettet mine helbredsoplysninger for 6 uger siden, og de ligger der stadig", "account", "privacy", "da", None),
    ("ich habe vor 2 Monaten die Löschung meiner Daten beantragt und nichts ist passiert", "account", "privacy", "de", None),
    ("done forgot password 4 times, no email, not in spam, the code doesn't come either. my subscription is in there", "account", "account", "en", None),
    ("har prøvd glemt passord mange ganger, får ingen e-post, heller ikke i søppelpost", "account", "account", "no", None),
]
E += [  # eyes hurt, infection, reaction
    ("sorry this is a bit long. I switched to your monthly clear lenses about 3 weeks ago and everything was fine at first, but on tuesday my left eye went red and kind of scratchy. I took the lens out that evening and haven't worn them since, but it's thursday now and it's actually worse, it really hurts when I look at the lamp and it's watering all the time. I don't know if it's the lenses or the solution or what", "complaint", "eye-problems", "en", "u1727"),
    ("jeg har fået øjenbetændelse efter jeres linser, lægen siger det er en infektion", "complaint", "eye-problems", "da", "u1727"),
    ("efter att jag använt er linsvätska svider ögonen och ögonlocken är svullna", "complaint", "eye-problems", "sv", None),
    ("I put the peroxide solution straight in my eye by mistake and it burns really bad", "complaint", "eye-problems", "en", None),
    ("nach den Hydro Drops habe ich eine allergische Reaktion, die Lider sind geschwollen", "complaint", "eye-problems", "de", None),
    ("mijn oog is rood en doet pijn sinds de nieuwe lenzen, al 3 dagen", "complaint", "eye-problems", "nl", None),
    ("silmäni on ollut punainen ja kipeä kaksi päivää uusien linssien jälkeen", "complaint", "eye-problems", "fi", None),
]
E += [  # legal threats and staff
    ("I have now written to you four times about the refund for the sunglasses I sent back in september and every time I get a polite reply saying it's being looked into. I've been more than patient. if the money isn't on my account by friday I'm filing a complaint with Forbrugerklagenævnet, I've already filled out half the form", "complaint", None, "en", None),
    ("jeg går til forbrugerombudsmanden, hvis ikke det her bliver løst", "complaint", None, "da", None),
    ("ich schalte jetzt meinen Anwalt ein", "complaint", None, "de", None),
    ("the optician who did my eye test on saturday was rude and rushed it in 5 minutes", "complaint", None, "en", None),
    ("ekspedienten i butikken var meget uforskammet over for min mor i dag", "complaint", None, "da", None),
    ("personen i telefonen lade på mitt i samtalet", "complaint", None, "sv", None),
    ("die Mitarbeiterin im Chat gestern war sehr unfreundlich zu mir", "complaint", None, "de", None),
]
for m, it, art, l, cu in E:
    c(m, True, it, art, l=l, cu=cu)

# ================================================== conversations (2-4 turns)
# ---- a question is answered, then a person is asked for
for msgs, art, l in [
    (["how much is shipping to norway", "ok. can I talk to someone about the customs bit"], "norway-customs", "en"),
    (["how does the lens subscription work?", "hmm ok, can a human explain it on the phone"], "lens-subscription", "en"),
    (["what do varifocals cost", "right. i'd like to talk to an optician before i order"], "lens-options", "en"),
    (["how old can my prescription be", "mine is 2 and a half years. can an optician call me?"], "prescription", "en"),
    (["what's your return policy", "fine. human please"], "returns", "en"),
    (["how do I claim on the warranty", "can I just speak to someone instead of filling a form"], "warranty", "en"),
    (["do you bill insurers directly?", "I'd like to talk this through with a person please"], "insurance-receipts", "en"),
    (["can my employer pay for screen glasses", "great, can someone contact my HR? we're 30 people"], "blue-light", "en"),
    (["how does the home try-on work", "could someone help me pick frames over the phone"], "home-try-on", "en"),
    (["what's the adaptation guarantee on varifocals", "i want to talk to the optician who made mine"], "varifocal-guarantee", "en"),
    (["hvad koster en synsprøve?", "okay, kan jeg snakke med en optiker først?"], "aarhus-store", "da"),
    (["hvordan virker linseabonnementet?", "jeg vil hellere tale med en person om det"], "lens-subscription", "da"),
    (["hvad koster glidende overgang", "kan en fra jer ringe mig op? 31 62 07 45"], "lens-options", "da"),
    (["hvordan får jeg tilskud fra danmark?", "kan jeg tale med en der ved noget om det"], "insurance-receipts", "da"),
    (["vad kostar frakten till sverige?", "okej, kan jag prata med någon?"], "delivery", "sv"),
    (["hur gammalt får receptet vara?", "kan en optiker ringa mig?"], "prescription", "sv"),
    (["hva koster frakt til norge?", "kan jeg snakke med noen om tollen?"], "norway-customs", "no"),
    (["hvordan pauser jeg abonnementet?", "ok, men kan noen ringe meg?"], "lens-subscription", "no"),
    (["paljonko toimitus maksaa suomeen?", "voinko puhua jonkun kanssa?"], "delivery", "fi"),
    (["hoe werkt retourneren?", "kan ik een medewerker spreken?"], "returns", "nl"),
    (["was kostet eine Gleitsichtbrille bei euch?", "kann mich ein Optiker anrufen?"], "lens-options", "de"),
    (["jak długo mam na zwrot?", "mogę porozmawiać z konsultantem?"], "returns", "pl"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- frustration that builds over the turns (no swearing)
for msgs, it, art, l in [
    (["how much is shipping to norway", "but do I pay anything when it arrives", "that's not what I asked. do I pay at the door or not?", "third time asking the same thing"], "complaint", "norway-customs", "en"),
    (["how do I skip a delivery", "there's no skip button in My subscription", "I've looked 3 times, it's not there, this isn't helping"], "complaint", "lens-subscription", "en"),
    (["where's the receipt for insurance", "it's not under my orders", "still not there. you keep sending the same text"], "complaint", "insurance-receipts", "en"),
    (["the reset link doesn't work", "I clicked it right away, it says expired", "this is going in circles, I just want to log in"], "complaint", "account", "en"),
    (["my parcel is late", "yes i checked tracking, hasn't moved in 6 days", "you're just repeating yourself"], "complaint", "delivery-problems", "en"),
    (["how long does the try-on take to arrive", "and to norway?", "why not?? that's not a real answer"], "complaint", "home-try-on", "en"),
    (["hvordan springer jeg en levering over", "der er ingen knap", "jeg har sagt tre gange at knappen ikke er der"], "complaint", "lens-subscription", "da"),
    (["hvor finder jeg kvitteringen til forsikringen", "den er ikke under mine ordrer", "det hjælper overhovedet ikke, det er tredje gang jeg spørger"], "complaint", "insurance-receipts", "da"),
    (["min pakke er forsinket", "jeg har tjekket sporingen, der er ikke sket noget i en uge", "i svarer bare det samme igen og igen"], "complaint", "delivery-problems", "da"),
    (["jeg kan ikke logge ind", "jeg har prøvet glemt adgangskode", "stadig ingen mail. det her er så frustrerende"], "complaint", "account", "da"),
    (["hur pausar jag prenumerationen?", "det finns ingen pausknapp", "nu är det tredje gången jag skriver samma sak"], "complaint", "lens-subscription", "sv"),
    (["må jeg betale toll?", "men brillene koster 4000 kr", "du svarer ikke på det jeg spør om"], "complaint", "norway-customs", "no"),
    (["miten peruutan tilauksen?", "en löydä painiketta", "tämä ei auta yhtään, kysyn jo kolmatta kertaa"], "complaint", "lens-subscription", "fi"),
    (["waar vind ik mijn factuur?", "staat er niet", "dit is nu de derde keer dat ik het vraag"], "complaint", "invoices", "nl"),
    (["wie setze ich mein Passwort zurück?", "die Mail kommt nicht", "das habe ich jetzt dreimal gemacht, es hilft nicht"], "complaint", "account", "de"),
]:
    c(msgs, True, it, art, l=l)
# frustration that ends with an ask for a person
for msgs, art, l in [
    (["my tracking hasn't moved since monday", "yes I checked the link", "ok this is pointless, get me a human"], "delivery-problems", "en"),
    (["how do I change my lens strength in the subscription", "I uploaded the prescription, Change plan still shows the old one", "forget it, let me talk to someone"], "lens-subscription", "en"),
    (["the pd tool doesn't work on my phone", "tried on the laptop too", "can a real person just help me"], "prescription", "en"),
    (["sporingen står stille", "ja jeg har tjekket", "så giv mig en rigtig person"], "delivery-problems", "da"),
    (["kvittot till försäkringen saknas", "jag har letat överallt", "kan jag få prata med en människa nu"], "insurance-receipts", "sv"),
    (["passordet virker ikke", "har allerede gjort det", "jeg vil snakke med et menneske"], "account", "no"),
    (["die Rücksendung klappt nicht", "der QR-Code wird nicht angenommen", "verbinden Sie mich bitte mit einem Mitarbeiter"], "returns", "de"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- an answered question, then the staff-only problem comes out
for msgs, it, art, l, cu in [
    (["how long does a refund take", "well, mine for KS-47388-DE says refunded since 8 october and I have nothing"], "return_refund", "returns", "en", "u1704"),
    (["what happens if i don't send back the try-on frames", "I did send them back and you charged me 1,980 anyway"], "payment", "home-try-on", "en", "u1716"),
    (["do you replace glasses that arrive broken?", "you did, and the replacement came broken too"], "complaint", "delivery-problems", "en", "u1709"),
    (["do you remake lenses if I don't see well", "you already remade mine and they're still wrong"], "return_refund", "lens-remake", "en", "u1738"),
    (["how does the varifocal guarantee work", "I used it already in september and the new ones are just as bad"], "return_refund", "varifocal-guarantee", "en", "u1733"),
    (["is VAT included for norway?", "then why did posten just send me a bill for my lenses?"], "shipping", "norway-customs", "en", "u1711"),
    (["how do I pause my subscription", "I did that in october and you charged me this month anyway"], "account", "lens-subscription", "en", None),
    (["how do I delete my account", "I did that in august and I still get e-mails about my prescription"], "account", "privacy", "en", None),
    (["who can see my prescription?", "then why can I see a stranger's prescription in my account?"], "account", "privacy", "en", None),
    (["what should I do if my eye is red with lenses", "ok, I took them out yesterday and it hurts more today, and light hurts"], "complaint", "eye-problems", "en", "u1727"),
    (["why do I see 2 payments on my card", "it's been 2 weeks and both are final on my statement"], "payment", "payment", "en", "u1713"),
    (["hvor lang tid tager en refusion?", "det er over en måned siden for KS-47233-DK, og jeg har intet fået"], "return_refund", "returns", "da", "u1714"),
    (["hvad sker der hvis man ikke sender prøvestellene retur?", "jeg sendte dem retur og i har trukket 1980 kr alligevel"], "payment", "home-try-on", "da", "u1716"),
    (["hvordan opsiger jeg abonnementet?", "det gjorde jeg d. 1. og i har trukket pengene alligevel"], "account", "lens-subscription", "da", "u1721"),
    (["ersätter ni glasögon som kommer trasiga?", "ja, men de nya kom också trasiga"], "complaint", "delivery-problems", "sv", "u1709"),
    (["er mva inkludert til norge?", "hvorfor krever posten da 1310 kr av meg?"], "shipping", "norway-customs", "no", "u1703"),
    (["wie lange dauert eine Erstattung?", "ich warte jetzt seit fünf Wochen"], "return_refund", "returns", "de", "u1704"),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- a problem reported, then it turns out staff are needed
for msgs, it, art, l, cu in [
    (["my glasses arrived with a cracked lens", "I sent the photos to kundeservice 6 days ago and nobody has answered"], "complaint", "delivery-problems", "en", "u1735"),
    (["tracking says delivered but i have nothing", "I did all that. letterbox, neighbours, the GLS shop. it's been 5 days", "so what now"], "complaint", "delivery-problems", "en", "u1710"),
    (["posten wants money for my parcel", "i paid 3 days ago in the app and it still hasn't moved"], "shipping", "norway-customs", "en", "u1730"),
    (["I cancelled an order, when do I get the money?", "it's been 12 days and it's booked, not reserved"], "payment", "order-changes", "en", "u1712"),
    (["not seeing well with my new glasses", "I filled in the remake form a week ago and nobody replied"], "return_refund", "lens-remake", "en", None),
    (["brillerne kom i stykker", "jeg sendte billeder for en uge siden og har ikke hørt noget"], "complaint", "delivery-problems", "da", None),
    (["der står leveret men jeg har intet", "jeg har gjort alt det, det er fire dage siden"], "complaint", "delivery-problems", "da", "u1710"),
    (["glasögonen kom trasiga", "jag skickade bilder förra veckan, inget svar"], "complaint", "delivery-problems", "sv", None),
    (["min kontaktlins var trasig i blistern", "jag skickade LOT-numret för 10 dagar sedan, inget har hänt"], "return_refund", "warranty", "sv", None),
    (["meine Brille kam kaputt an", "ich habe vor einer Woche Fotos geschickt, keine Antwort"], "complaint", "delivery-problems", "de", None),
    (["mijn bril is kapot aangekomen", "ik heb de foto's al 8 dagen geleden gestuurd"], "complaint", "delivery-problems", "nl", "u1735"),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- change requests inside a conversation
for msgs, it, art, l, cu in [
    (["can i still cancel glasses I ordered last night?", "ok then please cancel KS-48330-DK"], "order_status", "order-changes", "en", "u1707"),
    (["until when can the prescription be changed on an order", "great, the left SPH on KS-48325-DE must be -1.75, please change it"], "order_status", "order-changes", "en", "u1728"),
    (["where is my order KS-48213-DK", "can you send it to my parents' address instead, I'm not home this week"], "order_status", "order-changes", "en", "u1701"),
    (["kan jeg stadig ændre min ordre?", "så vil jeg gerne have 1.67 glas i stedet for 1.6 på KS-48330-DK"], "order_status", "order-changes", "da", "u1707"),
    (["kan man avbryta en beställning?", "då vill jag avbryta min senaste"], "order_status", "order-changes", "sv", None),
    (["kan jeg kansellere en bestilling?", "da kansellerer jeg KS-48350-NO"], "order_status", "order-changes", "no", "u1719"),
    (["voiko tilausta vielä muuttaa?", "vaihtakaa sitten osoite tilaukseen KS-48312-FI"], "order_status", "order-changes", "fi", "u1715"),
    (["kann ich meine Bestellung noch ändern?", "dann bitte die Adresse für KS-48199-DE ändern"], "order_status", "order-changes", "de", "u1720"),
    (["how do returns work", "ok, please just refund the sunglasses from KS-47790-DK to my card"], "return_refund", "returns", "en", "u1723"),
    (["how do I cancel the subscription", "can you just do it for me, I'm on my phone and it won't load"], "account", "lens-subscription", "en", "u1721"),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- follow-ups the assistant answers itself (no hand-over)
for msgs, it, art, mm, l in [
    (["hi", "how much is shipping to sweden?"], "shipping", "delivery", ["SEK 59"], "en"),
    (["do you ship to norway", "do i pay customs on top?"], "shipping", "norway-customs", ["NOK 3,000"], "en"),
    (["how much are varifocals", "and how long do they take to make?"], "product_info", "lens-options", ["8–12 working days"], "en"),
    (["what's the lens subscription", "and if I want to stop it, how?"], "account", "lens-subscription", ["Cancel subscription"], "en"),
    (["can i return glasses", "what about contact lenses I opened?"], "return_refund", "returns", ["opened"], "en"),
    (["how does home try-on work", "and what if one frame doesn't come back?"], "product_info", "home-try-on", ["DKK 495"], "en"),
    (["i want to talk to someone", "actually never mind, just tell me if the store is open saturday"], "other", "aarhus-store", ["10:00–15:00"], "en"),
    (["human please", "no wait, forget it. what's the phone number, I'll call myself"], "other", "contact", [PH], "en"),
    (["is this chat a bot?", "ok, and when are people here?"], "other", "contact", ["8:00–20:00"], "en"),
    (["no I don't need a person", "just tell me how long a gift card is valid"], "payment", "gift-cards", ["3 years"], "en"),
    (["my glasses arrived broken", "do i have to send them back?"], "complaint", "delivery-problems", [MAIL], "en"),
    (["PostNord says delivered but I have nothing", "ok, should I wait or write to you now?"], "complaint", "delivery-problems", ["next working day"], "en"),
    (["new glasses feel weird", "how long should I give them before I complain?"], "return_refund", "lens-remake", ["3–5 days"], "en"),
    (["do you have dailies for astigmatism?", "how much are they?"], "product_info", None, ["229"], "en"),
    (["what's the weather in aarhus", "ok never mind. how much is an eye test?"], "product_info", "aarhus-store", ["free"], "en"),
    (["hej", "hvad koster fragt til Danmark?"], "shipping", "delivery", ["39"], "da"),
    (["jeg vil tale med en person", "nej glem det, hvad er jeres telefonnummer?"], "other", "contact", [PH], "da"),
    (["jeg har ikke brug for en medarbejder", "bare sig hvordan jeg sætter abonnementet på pause"], "account", "lens-subscription", [], "da"),
    (["hvordan fungerer prøv hjemme?", "og kan man det i norge?"], "product_info", "home-try-on", [], "da"),
    (["mine briller kom i stykker i posten", "skal jeg sende dem retur?"], "complaint", "delivery-problems", [], "da"),
    (["hej hej", "hur länge gäller ett presentkort?"], "payment", "gift-cards", ["3"], "sv"),
    (["jag behöver ingen människa", "bara säg när chatten är bemannad på lördagar"], "other", "contact", ["10:00"], "sv"),
    (["hei", "hva koster frakt til norge?"], "shipping", "delivery", ["129"], "no"),
    (["moi", "paljonko silmätesti maksaa?"], "product_info", "aarhus-store", [], "fi"),
    (["hallo", "was kostet der Versand nach Deutschland?"], "shipping", "delivery", ["6"], "de"),
    (["ich brauche keinen Mitarbeiter", "sagen Sie mir nur, wie lange ich Zeit für die Rücksendung habe"], "return_refund", "returns", ["30"], "de"),
]:
    c(msgs, False, it, art, mm, l=l)
# order follow-ups with the customer's own orders
for msgs, mm, mnm, l, cu, art in [
    (["hi, where's my glasses order", "the number is KS 48213"], ["52917384026"], [], "en", "u1701", None),
    (["hej, min pakke er ikke kommet", "ordrenummer KS-48213-DK"], ["52917384026"], [], "da", "u1701", None),
    (["var är mitt paket?", "KS-48177-SE"], ["UA558201947SE"], [], "sv", "u1702", None),
    (["hvor er pakken min?", "det er KS-48090-NO, progressive briller"], ["370721550418273946"], [], "no", "u1703", None),
]:
    c(msgs, False, "order_status", art, mm, mnm, l=l, cu=cu)

# ---- more ways of asking for a person
for m, l in [
    ("cn i tlk to sum1 real", "en"),
    ("is there anyone who could look at this with me?", "en"),
    ("honestly I think this needs a human", "en"),
    ("rather not explain this to a bot. someone from the team please", "en"),
    ("could an optician phone me tomorrow morning? 0045 40 12 77 83", "en"),
    ("who's the manager there, I want to talk to them", "en"),
    ("Good afternoon. Would it be possible to speak with one of your opticians? Kind regards, B. Holm", "en"),
    ("kan en af jeres optikere kigge på min recept sammen med mig?", "da"),
    ("jeg vil gerne have en til at ringe mig op, det er nemmere at forklare", "da"),
    ("Hej. Jeg vil gerne tale med butikschefen.", "da"),
    ("finns det någon riktig person där?", "sv"),
    ("jag vill bli uppringd av en optiker", "sv"),
    ("får jeg snakke med en optiker, ikke en robot", "no"),
    ("saisinko asiakaspalvelijan?", "fi"),
    ("gibt es hier einen echten Mitarbeiter?", "de"),
    ("Verbinden Sie mich bitte mit dem Kundenservice.", "de"),
]:
    c(m, True, "human_request", None, l=l)
# greeting first, then the ask; or asking again
for msgs, l in [
    (["hi", "can i speak to a person please"], "en"),
    (["human", "HUMAN", "hello?? a real person please"], "en"),
    (["agent", "i said agent"], "en"),
    (["hej", "kan jeg snakke med en medarbejder?"], "da"),
    (["godaften", "er der en optiker der kan ringe mig op i morgen?"], "da"),
    (["menneske", "MENNESKE TAK", "hallo, jeg vil snakke med en person"], "da"),
    (["hej", "kan jag prata med någon i personalen?"], "sv"),
    (["hei", "jeg vil gjerne snakke med en person"], "no"),
    (["moi", "haluaisin puhua asiakaspalvelijan kanssa"], "fi"),
    (["guten Tag", "ich möchte bitte mit jemandem sprechen"], "de"),
    (["Mitarbeiter", "ich sagte: Mitarbeiter bitte"], "de"),
]:
    c(msgs, True, "human_request", None, l=l)

# ---- longer conversations written out in full
c(["hi, my subscription lenses come every month but I only need them every 2 months",
   "I went to My subscription like you said but there's only 'Delivery and payment' and 'Cancel subscription', no Change plan",
   "look, I've now spent half an hour on this, logged out and in again, tried the app and the website, cleared the cache like my son told me, and there is still no button to change the interval. I don't want to cancel, I just want fewer lenses. this is really not ok"],
  True, "complaint", "lens-subscription")
c("I've read through half your help pages now and I'm honestly more confused than when I started. my mum is 78 and needs new varifocals, she can't come to aarhus, and I just want to talk to somebody who can walk me through it. could one of your opticians call me? 52 19 84 30",
  True, "human_request", "lens-options")
c("ok before you pass me on to someone, I really don't need a person for this, I just can't find anywhere on your site how long the gift card my aunt gave me is valid, it's from last christmas and I'd hate for it to run out",
  False, "payment", "gift-cards", ["3 years"])
c(["hey, thinking about contacts for the first time, never worn them", "ok and after the fitting can I just order online?",
   "how many boxes of dailies would I need for 3 months, both eyes?"], False, "product_info", "contact-lenses")
c(["hej, jeg har en ordre på vej", "nej den er fin nok, jeg ville bare høre hvornår i har åbent i butikken på fredag"],
  False, "other", "aarhus-store", ["18:00"], l="da")

# ---- many customers greet before they ask: every 7th single-turn question
# gets an opening line in its own language (the judged turn is unchanged)
OPENERS = {
    "en": ["hi", "hello", "hey", "good morning", "hi there", "hello, quick question",
           "hiya", "evening!", "hi, hope you can help"],
    "da": ["hej", "hejsa", "goddag", "hej, et hurtigt spørgsmål", "godmorgen"],
    "sv": ["hej", "hej hej", "hallå"],
    "no": ["hei", "hei hei", "god morgen"],
    "fi": ["moi", "hei", "päivää"],
    "nl": ["hallo", "goedemiddag", "hoi"],
    "de": ["hallo", "guten Tag", "moin"],
    "pl": ["dzień dobry"], "fr": ["bonjour"], "es": ["hola"], "it": ["buongiorno"], "uk": ["добрий день"],
}
GREETS = re.compile(r"(hi|hello|hey|hiya|good (morning|afternoon|evening)|hej|hejsa|hei|moi|hoi|hallo|"
                    r"godmorgen|goddag|godaften|guten tag|moin|dzień dobry)\b", re.I)

# ================================================================ output
ORDER_REF = re.compile(r"\bks[- #]?(\d{5})(?:[- ]?(dk|se|no|fi|nl|de))?\b", re.I)
# order numbers that are meant not to exist
UNKNOWN_ORDERS = {"KS-49999-DK"}

def order_refs(m):
    return [casekit.Ref(mo.group(0), mo.group(1),
                        "KS-%s-%s" % (mo.group(1), mo.group(2).upper()) if mo.group(2) else None)
            for mo in ORDER_REF.finditer(m)]

def main():
    shop.add_openers(OPENERS, GREETS)
    shop.write()
    shop.check(order_id=r"KS-\d{5}-(DK|SE|NO|FI|NL|DE)", shape="KS-12345-DK", counter=lambda oid: oid[3:8],
               refs=order_refs, unknown=UNKNOWN_ORDERS, named=lambda cu: cu.startswith("u17"))

if __name__ == "__main__":
    main()
