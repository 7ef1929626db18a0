#!/usr/bin/env python3
"""Generate twentysixth-cases.jsonl: cases for the twenty-sixth shop,
Garn & Tråd (yarn, fabric and sewing-supplies shop with a shop floor, a
sewing café, a knitting café and a course room at Hornsgatan 64,
Stockholm; sells yarn in dye lots, knitting needles and tools, fabric by
the metre that is cut to order and cannot be returned, paper and PDF
patterns, haberdashery, Nordsöm sewing machines, overlockers and a
coverlock with a 2-year warranty, an in-house service workshop and a free
introduction lesson, and courses and workshops with booking and
cancellation rules; ships to Sweden, Norway (VOEC, Norwegian VAT, Bring
clearance), Finland, Denmark and Iceland (Icelandic VAT); prices in SEK;
pays with Swish, Klarna, cards and MobilePay).
KB: twentysixth-kb/.  Run: python3 gen_twentysixth_cases.py
The script writes the cases, then checks them against the KB and prints
the figures (cases, escalation share, other-language share, multi-turn share).
The customer lines were written for this shop from its pages and data
alone, in English, Swedish, Norwegian, Danish, Finnish, Icelandic and German.

Order numbers look like GT104523 (GT and a 6-digit counter, no
separator).  Customers paste them in many ways ("gt104523", "GT-104523",
"GT 104 523", "#GT104523", "order 104523", "beställning 104523").
Skein weights and metres (50 g, 100 g, 105 m, 420 m), colour and dye-lot
numbers ("colour 4210", "lot 2317"), needle sizes and lengths (4.0 mm,
80 cm), fabric widths and weights (150 cm, 12 oz, 220 g/m²), yarn names
("Cotton 8/4", "Sock yarn 75/25"), machine models ("Nordsöm 215",
"Nordsöm 560", "Overlock 4D"), needle sizes ("80/12"), pattern sizes
(34–54), postcodes ("118 21", "0150 Oslo"), phone numbers and prices are
not order numbers.

LABELLING RULES

Escalation (expect.escalate)
 E1  true for an explicit request for a person in any wording or language:
     "a human", "someone from the shop", a technician from the service
     workshop, a course teacher, a callback, a named colleague (Aino,
     "the lady who cut my fabric"), also right after an answered question.
 E2  true for a request to cancel, refund or change an existing order
     (cancel it, change the address, a colour, a quantity or a fabric
     length, add skeins from the same dye lot, switch Click & Collect and
     delivery, resend a parcel, exchange an item inside an order, "I want
     my money back"), or to cancel, move or hand over a course booking
     for the customer ("cancel my place for me", "move me to October").
 E3  true for things only staff can do: a real double charge, a charge
     after cancelling an order or a course, a refund missing for weeks,
     store credit or a gift card that vanished or never arrived after the
     resend, a replacement that arrived damaged again, a machine repaired
     under warranty that broke again, a warranty claim or damage report
     nobody answered, a parcel marked delivered that the customer already
     looked for, Norwegian or Icelandic VAT the customer disputes, Klarna
     or the bank disagreeing with the shop about a payment, a price-match
     claim for a machine already bought, an invoice still wrong after
     asking, an order the customer did not place, someone else's data in
     the account, a deletion that did not happen, a locked-out account
     after the reset steps, an injury from a machine, legal threats
     (ARN, Konsumentverket, Forbrukerrådet), complaints about a staff
     member or a teacher, press, designer and collaboration requests.
 E4  true when the customer is stuck or frustrated across several turns
     ("that's not what I asked", the same question a third time).
 E5  false for questions about a policy even with "cancel", "refund",
     "person", "staff", "technician", "call" in them: the phone number,
     the e-mail, when people answer the chat, shop hours, how to cancel a
     course, the return policy, how the price guarantee works, "no need
     for a person, just tell me ...".  A first report of a damaged or wet
     parcel, a flaw in the fabric, a wrong colour or mixed dye lots, a
     parcel marked delivered, or a machine that skips stitches gets the
     steps of the page (false).

Intent (expect.intent)
     order_status: a named order (where, status, tracking, when, ready for
       Click & Collect, a course booking in the data), cancelling or
       changing an order or a course booking, resending it.
     return_refund: returns, refunds, money back, exchanges, leftover
       yarn, fabric that cannot be returned, course cancellation refunds,
       machine warranty claims and repairs, a missing refund.
     shipping: countries, prices, times, carriers, cut-off, pickup points,
       Norway and Iceland VAT and fees, Click & Collect, a late parcel
       without an order number.
     product_info: yarn, dye lots, needles, gauge, washing and care,
       fabric by the metre, shrinkage, swatches, remnants, haberdashery,
       patterns and PDF downloads, choosing a machine, paid machine
       service, the introduction lesson, courses and workshops, the sewing
       café and knitting café, shop services (cutting table, demo).
     payment: payment methods, Swish, Klarna, MobilePay, charges, double
       charges, receipts and company or school invoices, gift cards,
       store credit, discount codes, Garnklubben, the price guarantee.
     account: login, password, details, My courses, privacy and deletion,
       an order the customer did not place.
     complaint: something went wrong (damaged, wet, flawed fabric, wrong
       colour, mixed dye lots, missing, delivered-not-received, staff,
       injury, legal threat, frustration) when the turn does not ask for
       a person.
     human_request: the judged turn only asks for a person / callback (also
       press, designer or collaboration contact).  When it also states a
       concrete problem, the problem's intent is used.
     other: contact details, chat and phone hours, shop hours and address,
       things outside the shop (weather, football, homework).  greeting /
       thanks / goodbye for small talk.

Article (expect.article)
     The page that answers the judged turn.  Product facts and order facts
     come from the data (article null).  A hand-over keeps the page that
     governs the matter raised in the conversation; it is null when only a
     person is asked for or no page governs (unknown order, staff, legal,
     an order the customer did not place).

mustMention: short exact strings from the governing page (or the data when
the article is null); non-English turns use only numbers, prices, e-mail
addresses, phone numbers, web addresses and tracking numbers; a decimal
or a price with a thousands space is split into its two parts ("1", "295")
so that "1 295 kr", "1295 SEK" and "1,295" all count.  Hand-overs carry
none.
mustNotMention: other customers' data and facts the reply must not invent.
"""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import casekit  # the shared case helper, writer and self-check

shop = casekit.Shop("twentysixth", "t26", anon=26100, langs={"sv", "no", "da", "fi", "is", "de"})
c = shop.c

PH = "+46 8 642 18 30"
MAIL = "kundservice@garnochtrad.se"
KURS = "kurser@garnochtrad.se"
VERK = "verkstad@garnochtrad.se"
DATA = "dataskydd@garnochtrad.se"
MONS = "monster@garnochtrad.se"
FTG = "foretag@garnochtrad.se"

# ---------------------------------------------------------------- small talk
for m, it, l in [
    ("hi", "greeting", "en"), ("hello there 🧶", "greeting", "en"), ("good afternoon", "greeting", "en"),
    ("hej hej", "greeting", "sv"), ("hallå!", "greeting", "sv"), ("god morgon", "greeting", "sv"),
    ("hei", "greeting", "no"), ("heisann", "greeting", "no"), ("hej med dig", "greeting", "da"),
    ("godmorgen", "greeting", "da"), ("moi", "greeting", "fi"), ("hyvää päivää", "greeting", "fi"),
    ("halló", "greeting", "is"), ("góðan daginn", "greeting", "is"), ("moin", "greeting", "de"),
    ("thank you so much, super helpful", "thanks", "en"), ("ty!", "thanks", "en"),
    ("tack så mycket!", "thanks", "sv"), ("tusen tack, nu vet jag", "thanks", "sv"),
    ("takk skal du ha", "thanks", "no"), ("mange tak for hjælpen", "thanks", "da"),
    ("kiitos paljon!", "thanks", "fi"), ("takk fyrir", "thanks", "is"), ("danke, das hilft mir weiter", "thanks", "de"),
    ("bye!", "goodbye", "en"), ("that's all, have a nice day", "goodbye", "en"),
    ("hej då", "goodbye", "sv"), ("ha det bra!", "goodbye", "no"), ("hav en god dag", "goodbye", "da"),
    ("näkemiin", "goodbye", "fi"), ("bless bless", "goodbye", "is"), ("tschüss!", "goodbye", "de"),
]:
    c(m, False, it, None, l=l)

# ------------------------------------------- contact, phone and chat hours
for m, mm, l in [
    ("whats ur phone number", [PH], "en"),
    ("customer service email?", [MAIL], "en"),
    ("what hours is there an actual person on this chat", ["9:00–18:00"], "en"),
    ("is the chat open on saturdays?", ["10:00–14:00"], "en"),
    ("i live in helsinki, can i write to you in finnish?", ["Aino"], "en"),
    ("how does the call-me-back thing work", ["garnochtrad.se/ring-upp"], "en"),
    ("not asking for a human, just which address do I email about my data", [DATA], "en"),
    ("I teach textiles at a school in Uppsala, is there a separate address for school orders?", [FTG], "en"),
    ("vad har ni för telefonnummer?", [PH], "sv"),
    ("när svarar ni i chatten?", ["18:00"], "sv"),
    ("vilken mejladress har kundtjänst", [MAIL], "sv"),
    ("hvilket telefonnummer har dere?", [PH], "no"),
    ("kan jeg skrive til dere på norsk på e-post?", [MAIL], "no"),
    ("hvad er jeres mail til kundeservice?", [MAIL], "da"),
    ("mikä on asiakaspalvelun sähköpostiosoite?", [MAIL], "fi"),
    ("hvert get ég sent tölvupóst?", [MAIL], "is"),
    ("Wie ist Ihre Telefonnummer?", [PH], "de"),
]:
    c(m, False, "other", "contact", mm, l=l)

# ----------------------------------------------------- the shop at Hornsgatan
for m, mm, l in [
    ("where's your shop exactly", ["Hornsgatan 64"], "en"),
    ("are you open on sundays", ["12:00–16:00"], "en"),
    ("how late r u open thursday", ["20:00"], "en"),
    ("closest tube station to the shop?", ["Mariatorget"], "en"),
    ("is there parking near the shop? coming from Nacka with a big bag of fabric to return", ["no customer parking"], "en"),
    ("vilka tider har butiken öppet på lördag?", ["16:00"], "sv"),
    ("hvor ligger butikken deres i Stockholm?", ["64"], "no"),
    ("har I åbent om søndagen?", ["12:00"], "da"),
    ("missä teidän myymälänne on?", ["64"], "fi"),
    ("hvenær er búðin opin á laugardögum?", ["10:00"], "is"),
    ("Wann hat der Laden am Donnerstag offen?", ["20:00"], "de"),
]:
    c(m, False, "other", "store", mm, l=l)
for m, mm, l in [
    ("can I bring my dog into the shop?", ["Dogs are welcome"], "en"),
    ("do you take cash in the shop", ["cashless"], "en"),
    ("can i try the overlockers in the shop before buying?", ["test table"], "en"),
    ("kan man få tyget klippt direkt i butiken?", [], "sv"),
]:
    c(m, False, "product_info", "store", mm, l=l)

# ---------------------------------------------------------- Click & Collect
for m, mm, l in [
    ("can I pick up my online order in the shop instead", ["Collect at Hornsgatan"], "en"),
    ("how long after ordering is click and collect ready", ["2 hours"], "en"),
    ("ordered fabric for pickup, when can i come", ["next working day"], "en"),
    ("can my daughter collect my order for me", ["order e-mail"], "en"),
    ("hur länge ligger min beställning kvar i butiken?", ["10"], "sv"),
    ("kan jeg hente bestillingen selv i butikken?", [], "no"),
]:
    c(m, False, "shipping", "click-collect", mm, l=l)

# ---------------------------------------------------------- outside the shop
for m, l in [
    ("what's the weather like in stockholm tomorrow", "en"),
    ("did AIK win yesterday?", "en"),
    ("can you write my essay on the history of the spinning wheel", "en"),
    ("vad blir det för väder i helgen?", "sv"),
    ("kan du hjälpa mig med matteläxan", "sv"),
    ("hvem vant kampen mellom Rosenborg og Molde?", "no"),
    ("hvad er en god opskrift på kanelsnegle?", "da"),
    ("millainen sää on huomenna Turussa?", "fi"),
    ("hver vann leikinn í gær?", "is"),
]:
    c(m, False, "other", None, l=l)

# ------------------------------------------------------------------ shipping
for m, mm, l in [
    ("shipping to norway?", ["149"], "en"),
    ("from how much do i get free shipping in sweden", ["599"], "en"),
    ("do you deliver to the door in stockholm or only to ombud", ["Budbee"], "en"),
    ("ship to iceland? how long does it take", ["6–10 working days"], "en"),
    ("what's the cut off time for same day dispatch", ["14:00"], "en"),
    ("why did my fabric order take a day longer than the yarn order my friend placed", ["one working day later"], "en"),
    ("do you ship to the åland islands? I'm in mariehamn", ["Åland"], "en"),
    ("is a sewing machine sent as a normal parcel or freight", ["ordinary parcels"], "en"),
    ("when do I have to order to get it before christmas? it's for my mum in Bergen", ["13 December"], "en"),
    ("vad kostar frakten?", ["59"], "sv"),
    ("om jag beställer kl 13 idag, skickas det idag då?", ["14:00"], "sv"),
    ("hva koster frakt til Norge?", ["149"], "no"),
    ("når blir frakten gratis til Norge", ["1", "200"], "no"),
    ("hvor lang tid tar det å få pakken til Tromsø?", [], "no"),
    ("hvad koster forsendelse til Danmark?", ["109"], "da"),
    ("leverer I til Færøerne?", [], "da"),
    ("paljonko toimitus Suomeen maksaa?", ["119"], "fi"),
    ("mistä summasta toimitus on ilmainen Suomeen?", ["999"], "fi"),
    ("hvað kostar að senda til Íslands?", ["249"], "is"),
]:
    c(m, False, "shipping", "shipping", mm, l=l)

# ------------------------------------------------ Norway and Iceland customs
for m, mm, l in [
    ("do i pay customs or extra vat when ordering yarn to norway?", ["VOEC"], "en"),
    ("buying the nordsöm 560 to oslo, will bring charge me something", ["NOK 175"], "en"),
    ("what's icelandic vat on your stuff and is there a fee", ["24%"], "en"),
    ("why did the total barely change when i switched the country to norway", ["Swedish VAT is removed"], "en"),
    ("what happens if I don't pay the vat and the parcel goes back to you? I'm in Reykjavík", ["498 kr"], "en"),
    ("må jeg betale toll på garn fra dere?", ["25"], "no"),
    ("jeg skal kjøpe en overlock til Bergen, hva må jeg betale til Bring?", ["175"], "no"),
    ("hvordan returnerer jeg fra Norge uten å betale moms igjen?", [], "no"),
    ("þarf ég að borga toll af garni frá ykkur?", ["24"], "is"),
    ("hvað er umsýslugjaldið hjá Póstinum?", ["995"], "is"),
    ("Muss ich in Norwegen Zoll für eine Nähmaschine zahlen?", ["175"], "de"),
]:
    c(m, False, "shipping", "customs-norway-iceland", mm, l=l)

# ------------------------------------------------- order changes, the policy
for m, mm, l in [
    ("how long after ordering can I still change the colour? not now, just wondering", ["1 hour"], "en"),
    ("can i cancel fabric after I ordered it", ["after cutting"], "en"),
    ("if an order gets cancelled how fast is the money back on my card", ["3–5 working days"], "en"),
    ("can I change my order myself in my account?", ["cannot change or cancel"], "en"),
    ("hur länge kan man ändra en beställning?", [], "sv"),
    ("går det att avbeställa efter att paketet skickats?", [], "sv"),
    ("kan man legge til flere nøster etter at man har bestilt?", [], "no"),
    ("kuinka pitkään tilausta voi muuttaa?", [], "fi"),
]:
    c(m, False, "order_status", "order-changes", mm, l=l)

# ------------------------------------------------------------------- returns
for m, mm, l in [
    ("whats your return policy", ["30 days"], "en"),
    ("can i return fabric i didnt use? bought 3 m of linen and changed my mind", ["cannot be returned"], "en"),
    ("I bought way too much yarn for my sweater, 4 skeins left. can I send them back? it's been 7 weeks", ["90 days"], "en"),
    ("can I return a PDF pattern I bought by mistake", ["PDF patterns"], "en"),
    ("how do i return something if i don't have a printer", ["QR code"], "en"),
    ("can i return the sewing machine if i only tried it once? it's too loud", ["149 kr"], "en"),
    ("how long until I get my money back after you receive the parcel", ["14 days"], "en"),
    ("can I swap a colour of yarn in the shop instead of posting it?", ["exchange unused items directly"], "en"),
    ("hur lång ångerrätt har ni?", ["30"], "sv"),
    ("kan man returnera tyg som är klippt?", [], "sv"),
    ("jag har 3 nystan över från en kofta, kan jag lämna tillbaka dem?", ["90"], "sv"),
    ("kan jeg returnere uåpnet garn?", ["30"], "no"),
    ("kan jeg returnere stof, jeg ikke har brugt?", [], "da"),
    ("hvor lang tid går der, før jeg får pengene tilbage?", ["14"], "da"),
    ("voinko palauttaa käyttämättömät lankakerät?", ["30"], "fi"),
    ("get ég skilað garni sem ég notaði ekki?", ["30"], "is"),
]:
    c(m, False, "return_refund", "returns", mm, l=l)

# --------------------------------------- damaged, wet, faulty: first report
for m, mm, it, l in [
    ("the parcel came soaking wet and the yarn is damp", ["dried flat"], "complaint", "en"),
    ("there's a hole in the middle of the linen I got yesterday, haven't washed it yet", ["14 days"], "complaint", "en"),
    ("the box of my sewing machine is crushed and the handwheel is cracked", ["serial number"], "complaint", "en"),
    ("ordered 8 skeins of the same colour and two look lighter, the lot numbers are different", ["dye lots"], "complaint", "en"),
    ("got colour 3350 instead of 4210", ["14 days"], "complaint", "en"),
    ("paketet var blött och garnet är fuktigt", ["7"], "complaint", "sv"),
    ("det är ett tryckfel på tyget, ett streck genom hela mönstret", ["14"], "complaint", "sv"),
    ("symaskinen kom med en spricka i locket", [MAIL], "complaint", "sv"),
    ("der er et hul i stoffet", ["14"], "complaint", "da"),
    ("paketti oli märkä ja langat kosteita", ["7"], "complaint", "fi"),
    ("Ich habe zwei verschiedene Farbpartien in einer Bestellung bekommen", ["14"], "complaint", "de"),
]:
    c(m, False, it, "damaged-parcels", mm, l=l)

# --------------------------------------------- late or lost: first report
for m, mm, it, l in [
    ("tracking says delivered but there's nothing in my mailbox", ["next working day"], "complaint", "en"),
    ("my parcel hasn't moved in the tracking for a week", ["5 working days"], "shipping", "en"),
    ("I put the wrong flat number on my order and it's already shipped", ["tracking link"], "shipping", "en"),
    ("det står levererat men jag har inte fått något", [], "complaint", "sv"),
    ("mitt paket har stått still i spårningen i flera dagar", ["5"], "shipping", "sv"),
    ("sporingen sier levert, men jeg har ikke fått pakken", [], "complaint", "no"),
    ("seurannan mukaan toimitettu, mutta en ole saanut mitään", [], "complaint", "fi"),
    ("pakkinn hefur ekki hreyfst í rakningunni í viku", ["10"], "shipping", "is"),
    ("Laut Sendungsverfolgung zugestellt, aber nichts da", [], "complaint", "de"),
]:
    c(m, False, it, "delivery-problems", mm, l=l)

# ------------------------------------------------------------------- payment
for m, mm, l in [
    ("what payment methods do you accept", ["Swish"], "en"),
    ("can i pay with vipps?", ["Vipps"], "en"),
    ("can I split the payment for the overlocker over a few months", ["part payment"], "en"),
    ("I'm in Iceland, can I use Klarna?", ["Apple Pay"], "en"),
    ("I see two payments on my card for one order, did you charge me twice?", ["reservation"], "en"),
    ("swish says paid but I never got an order confirmation", ["2 working days"], "en"),
    ("kan jag betala med swish?", [], "sv"),
    ("kan man dela upp betalningen på en symaskin?", ["1", "000"], "sv"),
    ("kan jeg betale med Vipps?", [], "no"),
    ("kan jeg betale med MobilePay?", [], "da"),
    ("Kann ich per Rechnung bezahlen?", ["30"], "de"),
]:
    c(m, False, "payment", "payment", mm, l=l)

# ------------------------------------------------------------------ invoices
for m, mm, l in [
    ("where do I find the receipt for my order", ["My orders"], "en"),
    ("i need the invoice with my company name and org number", ["Buying as a company"], "en"),
    ("forgot to add my firm's details when I ordered 2 weeks ago, can it be fixed?", ["30 days"], "en"),
    ("our preschool wants to buy yarn on invoice, how?", ["500 kr"], "en"),
    ("I'm a Danish company with a VAT number, do I pay Swedish VAT?", ["reverse charge"], "en"),
    ("kan vår syförening betala mot faktura?", [FTG], "sv"),
    ("tarvitsen laskun y-tunnuksella", [], "fi"),
]:
    c(m, False, "payment", "invoices", mm, l=l)

# ---------------------------------------------------------------- gift cards
for m, mm, l in [
    ("how long is a gift card valid", ["2 years"], "en"),
    ("what amounts can a gift card be?", ["3 000 kr"], "en"),
    ("can my sister use the gift card for a knitting course?", ["courses"], "en"),
    ("how do i check how much is left on my gift card", ["Check balance"], "en"),
    ("where can i see my store credit", ["My credit"], "en"),
    ("hur länge gäller ett presentkort?", ["2"], "sv"),
    ("kuinka kauan lahjakortti on voimassa?", ["2"], "fi"),
]:
    c(m, False, "payment", "gift-cards", mm, l=l)

# -------------------------------------------------- discounts, Garnklubben
for m, mm, l in [
    ("where do I enter a discount code", ["Discount code"], "en"),
    ("can I use two codes at once", ["One discount code per order"], "en"),
    ("VÄLKOMMEN10 doesn't work on the sewing machine", ["sewing machines"], "en"),
    ("my keyboard has no ä, how do I type the newsletter code", ["VALKOMMEN10"], "en"),
    ("forgot to use my code, can you add it now?", ["cannot be added"], "en"),
    ("what do I get in garnklubben", ["15% off yarn"], "en"),
    ("rabattkoden säger att minimibeloppet inte är uppnått", ["300"], "sv"),
    ("vad kostar det att gå med i Garnklubben?", [], "sv"),
]:
    c(m, False, "payment", "discount-codes", mm, l=l)
for m, mm, l in [
    ("do you price match sewing machines?", ["14 days"], "en"),
    ("does the price guarantee work against a shop in germany", ["Swedish shop"], "en"),
    ("is the price guarantee valid on black friday deals?", ["24 hours"], "en"),
    ("har ni prisgaranti på overlock?", ["14"], "sv"),
    ("onko teillä hintatakuu ompelukoneissa?", ["14"], "fi"),
]:
    c(m, False, "payment", "price-match", mm, l=l)

# ------------------------------------------------------------------- account
for m, mm, l in [
    ("forgot my password", ["Forgot password?"], "en"),
    ("the reset link says it's expired", ["60 minutes"], "en"),
    ("reset email never arrived", ["spam"], "en"),
    ("my account got locked after a few tries", ["30 minutes"], "en"),
    ("how do i change my email on the account", ["My details"], "en"),
    ("glömt lösenordet", ["60"], "sv"),
    ("hur ändrar jag min adress i kontot?", [], "sv"),
    ("jeg har glemt passordet mitt", [], "no"),
    ("unohdin salasanani", ["60"], "fi"),
]:
    c(m, False, "account", "account", mm, l=l)

# ------------------------------------------------------------------- privacy
for m, mm, l in [
    ("how do I delete my account", ["Delete account"], "en"),
    ("why do you keep my orders for years after I delete my account", ["7 years"], "en"),
    ("does the course teacher get my phone number?", ["course teacher"], "en"),
    ("unsubscribed from the newsletter yesterday and still got one today", ["48 hours"], "en"),
    ("hur raderar jag mitt konto?", ["30"], "sv"),
    ("jeg vil ha innsyn i hvilke data dere har om meg", [DATA], "no"),
    ("hvordan sletter jeg min konto?", [], "da"),
]:
    c(m, False, "account", "privacy", mm, l=l)

# ------------------------------------------------------------------ dye lots
for m, mm, l in [
    ("what is a dye lot and why does it matter", ["dye lot"], "en"),
    ("if i order 3 more skeins next month will they match the ones i have", ["cannot promise"], "en"),
    ("can you hold some extra skeins of the same lot for me in case I run short?", ["30 days"], "en"),
    ("i ran out of yarn 10 cm before the end of the body, the new skein is a different lot, help", ["2 rows"], "en"),
    ("product page says max 8 from one dye lot, what does that mean", ["max 8 from one dye lot"], "en"),
    ("I have colour 4210 lot 2290 at home, do you still have that lot?", ["lot number"], "en"),
    ("kan jag reservera fler nystan från samma färgbad?", ["10"], "sv"),
    ("jag behöver ett nystan till av samma färgbad som förra gången", [MAIL], "sv"),
    ("hva betyr innfarging på banderolen?", [], "no"),
    ("kan jeg få flere nøgler fra samme farvebad?", [], "da"),
    ("mikä on värjäyserä?", [], "fi"),
]:
    c(m, False, "product_info", "dye-lots", mm, l=l)

# ---------------------------------------------------------- yarn and needles
for m, mm, l in [
    ("what needle size for DK yarn", ["3.5–4.5 mm"], "en"),
    ("how much yarn do i need for an adult sweater in aran weight", ["900–1 100 m"], "en"),
    ("is cotton 8/4 the same as fingering?", ["fingering weight"], "en"),
    ("my gauge swatch has too many stitches, what do I do", ["0.5 mm larger"], "en"),
    ("wool makes my neck itch, what can I knit with instead", ["alpaca"], "en"),
    ("can I use a cotton yarn instead of the wool the pattern says?", ["no stretch"], "en"),
    ("vilka stickor ska jag ha till sockgarn?", ["2", "5"], "sv"),
    ("hvilke pinner passer til DK-garn?", [], "no"),
    ("mitkä puikot sopivat 8/8-puuvillalle?", ["3", "5"], "fi"),
    ("Welche Nadelstärke brauche ich für Aran-Garn?", ["5"], "de"),
]:
    c(m, False, "product_info", "yarn-guide", mm, l=l)

# ---------------------------------------------------------------- yarn care
for m, mm, l in [
    ("how do i wash a hand knitted wool sweater", ["30 °C"], "en"),
    ("can superwash merino go in the washing machine", ["40 °C"], "en"),
    ("my new merino sweater is pilling already, is the yarn faulty?", ["not a fault"], "en"),
    ("found moths in my yarn stash!!", ["72 hours"], "en"),
    ("hur tvättar jag en ullkofta?", ["30"], "sv"),
    ("hvordan slipper jeg af med møl i garnet?", ["72"], "da"),
    ("Bei welcher Temperatur wasche ich Baumwolle 8/4?", ["60"], "de"),
]:
    c(m, False, "product_info", "yarn-care", mm, l=l)

# ------------------------------------------------------- fabric by the metre
for m, mm, l in [
    ("whats the minimum amount of fabric I can order", ["50 cm"], "en"),
    ("can i order 1.35 m of the poplin", ["10 cm"], "en"),
    ("if I order 4 m will it be one piece?", ["one piece"], "en"),
    ("does linen shrink? should I wash it first", ["5%"], "en"),
    ("can I wash the wool flannel before sewing", ["steam"], "en"),
    ("can i get swatches before buying fabric", ["35 kr"], "en"),
    ("how much extra for matching stripes", ["pattern repeat"], "en"),
    ("kan jag beställa tygprover?", ["35"], "sv"),
    ("krymper jerseyn?", ["5"], "sv"),
    ("hvor lite stoff kan jeg bestille?", ["50"], "no"),
    ("kan jeg få stofprøver tilsendt?", ["35"], "da"),
    ("kutistuuko pellava pesussa?", ["5"], "fi"),
]:
    c(m, False, "product_info", "fabric-by-the-metre", mm, l=l)

# -------------------------------------------------------------- haberdashery
for m, mm, l in [
    ("how long should a zipper be for a cardigan", ["1–2 cm shorter"], "en"),
    ("what needle do I use for denim", ["100/16"], "en"),
    ("how often should i change the machine needle", ["8 hours"], "en"),
    ("what interfacing for a jersey dress", ["fusible knit"], "en"),
    ("vilken nål ska jag ha till trikå?", [], "sv"),
    ("hvilken tråd skal jeg bruge til overlock?", ["1", "000"], "da"),
    ("millainen neula farkkukankaalle?", ["100"], "fi"),
]:
    c(m, False, "product_info", "haberdashery", mm, l=l)

# ------------------------------------------------------------------- patterns
for m, mm, l in [
    ("where do i find my pdf pattern after paying", ["My downloads"], "en"),
    ("printed the pattern and the test square is 4.6 cm", ["100%"], "en"),
    ("which size should I cut, I'm a 40 in shops but my hips are bigger", ["body measurements"], "en"),
    ("I think there's a mistake in row 34 of the hornsgatan sweater", ["garnochtrad.se/rattelser"], "en"),
    ("who do I ask about a step in your shirt pattern", [MONS], "en"),
    ("can you help me with a pattern I bought from another designer on etsy?", ["other publishers"], "en"),
    ("hur skriver jag ut ett pdf-mönster rätt?", ["100"], "sv"),
    ("vilka storlekar finns era symönster i?", ["54"], "sv"),
    ("jeg finner ikke nedlastingslenken til mønsteret", [], "no"),
]:
    c(m, False, "product_info", "patterns", mm, l=l)

# --------------------------------------------------------- sewing machines
for m, mm, l in [
    ("what's the difference between an overlocker and a sewing machine", ["cannot sew buttonholes"], "en"),
    ("best machine for a complete beginner?", ["Nordsöm 215"], "en"),
    ("can the 560 sew through denim", ["denim"], "en"),
    ("my 9 year old wants to learn to sew, which machine", ["finger guard"], "en"),
    ("can I come and try a machine before buying", ["garnochtrad.se/demo"], "en"),
    ("vilken symaskin passar en nybörjare?", ["2", "895"], "sv"),
    ("hva er forskjellen på overlock og coverlock?", [], "no"),
    ("mikä ero on saumurilla ja ompelukoneella?", [], "fi"),
    ("Welche Nähmaschine empfehlen Sie für Anfänger?", ["2", "895"], "de"),
]:
    c(m, False, "product_info", "sewing-machines", mm, l=l)

# ------------------------------------------------ machine warranty, service
for m, mm, l in [
    ("how long is the warranty on your sewing machines", ["2 years"], "en"),
    ("my machine keeps skipping stitches on jersey, is it broken?", ["jersey or stretch needle"], "en"),
    ("the overlocker knife is blunt after a year, warranty?", ["knives"], "en"),
    ("how long does a repair take", ["10 working days"], "en"),
    ("what does a normal service cost", ["795 kr"], "en"),
    ("do you service machines bought somewhere else? I have an old husqvarna", ["most household brands"], "en"),
    ("i'm in tromsø and my overlock from you stopped working, can i just post it to you?", [VERK], "en"),
    ("my 560 stopped working after 8 months, motor just hums", ["garnochtrad.se/service"], "en"),
    ("vad kostar en service av en overlock?", ["895"], "sv"),
    ("symaskinen hoppar över stygn, vad gör jag?", [], "sv"),
    ("ompelukone lakkasi toimimasta, miten teen takuuvaatimuksen?", ["garnochtrad.se/service"], "fi"),
    ("min symaskine er gået i stykker efter et halvt år", ["garnochtrad.se/service"], "da"),
]:
    it = "product_info" if any(w in m for w in ("cost", "service av", "somewhere else")) else "return_refund"
    c(m, False, it, "machine-warranty", mm, l=l)

# ------------------------------------------------ the introduction lesson
for m, mm, l in [
    ("is the intro lesson really free? what do I learn", ["threading"], "en"),
    ("how long is the introduction lesson", ["60 minutes"], "en"),
    ("i live in luleå, can I do the lesson online", ["video"], "en"),
    ("bought the overlocker in may, is it too late to book the lesson?", ["3 months"], "en"),
    ("can my daughter come to the lesson with me", ["2 people"], "en"),
    ("hur bokar jag min gratis genomgång av symaskinen?", ["garnochtrad.se/introduktion"], "sv"),
    ("kan jeg få introduksjonen på video?", ["45"], "no"),
]:
    c(m, False, "product_info", "machine-introduction", mm, l=l)

# ------------------------------------------------------ courses, workshops
for m, mm, l in [
    ("what courses do you have", ["Knitting for beginners"], "en"),
    ("how much is the overlocker course", ["1 195 kr"], "en"),
    ("do I need to bring my own machine to the sewing course", ["we provide the machines"], "en"),
    ("can my 13 year old join the crochet course", ["15 years"], "en"),
    ("what if I cancel my course place 10 days before", ["50%"], "en"),
    ("can I give my place to a friend if I can't go?", ["free of charge"], "en"),
    ("the course is full, is there a waiting list", ["24 hours"], "en"),
    ("I'm going to miss the second evening, do I get anything back", ["not refunded"], "en"),
    ("what happens if not enough people sign up", ["4 participants"], "en"),
    ("vad kostar nybörjarkursen i stickning?", ["1", "295"], "sv"),
    ("hur avbokar jag en kurs?", [KURS], "sv"),
    ("får man pengarna tillbaka om man avbokar två veckor innan?", ["14"], "sv"),
    ("har dere kurs i hekling?", ["795"], "no"),
    ("kan man flytte kurset til en anden dato?", ["7"], "da"),
]:
    it = "return_refund" if any(w in m for w in ("cancel", "avbokar", "pengarna", "miss the")) else "product_info"
    c(m, False, it, "courses", mm, l=l)

# ---------------------------------------------------- sewing and knitting café
for m, mm, l in [
    ("when is the sewing café open", ["17:00–21:00"], "en"),
    ("how much does it cost to rent a sewing machine at the café", ["75 kr"], "en"),
    ("is there someone in the sewing café who can help me thread an overlocker?", ["Thursdays"], "en"),
    ("vad kostar det att hyra en symaskin hos er?", ["75"], "sv"),
    ("när är stickcaféet?", ["18:00"], "sv"),
    ("hvornår har I strikkecafé?", ["18:00"], "da"),
    ("Kann ich bei euch eine Overlock stundenweise mieten?", ["75"], "de"),
]:
    c(m, False, "product_info", "sewing-cafe", mm, l=l)

# ------------------------------------------------- products (data answers)
for m, mm, l in [
    ("is the tweed aran back in stock?", ["October"], "en"),
    ("how many metres in one skein of the sock yarn 75/25", ["420 m"], "en"),
    ("price of the nordsöm 560?", ["5", "495"], "en"),
    ("how heavy is the nordsöm 215, need to carry it on the bus", ["6.8 kg"], "en"),
    ("is the black jersey organic", ["GOTS"], "en"),
    ("any spots left on the visible mending workshop?", ["6"], "en"),
    ("is the sew your first garment course full", ["waiting list"], "en"),
    ("does the walking foot fit the 215 too?", ["560"], "en"),
    ("how much fabric do i need for the vida 7 trousers", ["2.2"], "en"),
    ("vad kostar gotlandsullen?", ["129"], "sv"),
    ("hur mycket kostar linnet per meter?", ["229"], "sv"),
    ("hva koster overlocken?", ["4", "295"], "no"),
    ("hvad koster bogen med luffer?", ["299"], "da"),
    ("paljonko sukkalanka maksaa?", ["119"], "fi"),
    ("hvað kostar mohair garnið?", ["99"], "is"),
    ("Was kostet die Coverlock?", ["5", "995"], "de"),
]:
    c(m, False, "product_info", None, mm, l=l)

# ------------------------------------------------------- order status (data)
for m, mm, mnm, l, cu in [
    ("where is my order GT104523?", ["shipped", "00373500461045237"], [], "en", "u26001"),
    ("gt104523 tracking pls", ["00373500461045237"], [], "en", "u26001"),
    ("var är min beställning 104523?", ["00373500461045237"], [], "sv", "u26001"),
    ("hvor er pakken min GT-104531? symaskinen", ["70710446021045318"], [], "no", "u26002"),
    ("has my linen order been cut yet? GT 104 540", ["paid"], [], "en", "u26003"),
    ("missä tilaukseni GT104488 on?", ["JJFI64531210448802"], [], "fi", "u26004"),
    ("what's the status of #GT104552", ["pending"], [], "en", "u26005"),
    ("hvor er min ordre GT104470?", ["05712041032"], [], "da", "u26011"),
    ("order 104515, when does it get to norway", ["70710446021045152"], [], "en", "u26017"),
    ("is my knitting course place confirmed? GT104580", ["paid"], [], "en", "u26019"),
    ("hvornår kommer min pakke GT 104534? den er sendt for 10 dage siden", ["05712041047"], [], "da", "u26045"),
    ("where's my sewing machine? GT104545, it's going to Tampere", ["JJFI64531210454509"], [], "en", "u26021"),
    ("onko GT-104545 jo matkalla?", ["JJFI64531210454509"], [], "fi", "u26021"),
    ("did the refund for my cancelled course go through? GT104333", ["refunded"], [], "en", "u26022"),
    ("is my coverlock order gt104590 confirmed, it says pending in the app", ["pending"], [], "en", "u26023"),
    ("var är mina knappar och tyget, GT104528", ["00373500461045286"], [], "sv", "u26025"),
    ("när kommer ullflanellen? gt104537", ["BUD4815M9ZT"], [], "sv", "u26026"),
    ("just checking GT104270 really got cancelled", ["cancelled"], [], "en", "u26033"),
    ("var är mitt paket? beställning 104505, 12 nystan merino", ["00373500461045055"], [], "sv", "u26031"),
    ("has GT104572 left yet? it's going to Akureyri", ["paid"], [], "en", "u26035"),
    ("hefur pöntunin mín GT104572 verið send?", [], [], "is", "u26035"),
    ("var är min interchangeable-set beställning?", ["BUD4815Q6VD"], [], "sv", "u26038"),
    ("did you get my returned sewing machine? GT-104340", ["refunded"], [], "en", "u26039"),
    ("status på ordre GT104584?", [], [], "da", "u26040"),
    ("var är det växtfärgade garnet? #GT104526", ["00373500461045260"], [], "sv", "u26041"),
    ("is my click and collect order GT104575 ready?", ["paid"], [], "en", "u26015"),
    ("did the gift card I bought go out? GT104430", ["delivered"], [], "en", "u26018"),
    ("are my 2 places on the mending workshop booked? GT 104577", ["paid"], [], "en", "u26046"),
    ("Wo ist meine Bestellung GT104458?", ["00373500461044585"], [], "de", "u26042"),
    ("er pakken min GT104410 levert?", ["70710446021044104"], [], "no", "u26044"),
]:
    c(m, False, "order_status", None, mm, mnm, l=l, cu=cu)
# someone else's order / no such order / no number at all
for m, mnm, l in [
    ("where is order GT104523?", ["00373500461045237"], "en"),
    ("var är beställning GT104505?", ["00373500461045055"], "sv"),
    ("hvor er ordre GT104531?", ["70710446021045318"], "no"),
    ("where is my order GT105555? can't find it anywhere", [], "en"),
    ("missä on tilaus 109999?", [], "fi"),
    ("where's my yarn? ordered 10 skeins of the blue merino last week", ["00373500461045237"], "en"),
]:
    c(m, False, "order_status", None, [], mnm, l=l)
# orders whose timing or charges a page explains
c("when will my linen GT104540 be sent? ordered it this morning", False, "order_status", "shipping", ["one working day later"], cu="u26003")
c("will I have to pay anything to Bring when GT104531 arrives?", False, "shipping", "customs-norway-iceland", ["NOK 175"], cu="u26002")
c("þarf ég að borga eitthvað þegar GT104572 kemur?", False, "shipping", "customs-norway-iceland", ["24", "995"], l="is", cu="u26035")
c("where do I download the pattern from GT104480? the email is gone", False, "order_status", "patterns", ["My downloads"], cu="u26028")
c("my overlocker from GT104518 came last week, how do I book the free lesson?", False, "product_info", "machine-introduction", ["garnochtrad.se/introduktion"], cu="u26037")
c("GT104575 är betald, när kan jag hämta den?", False, "order_status", "click-collect", ["2"], l="sv", cu="u26015")

# ============================================================ hand-overs
# --------------------------------------------- explicit asks for a person
for m, l in [
    ("can i talk to a real person", "en"),
    ("transfer me pls", "en"),
    ("is there a real person on here?", "en"),
    ("human", "en"),
    ("can someone call me back? 070 318 44 92", "en"),
    ("I want to speak to your manager.", "en"),
    ("could I speak to Aino please? she helped me last time", "en"),
    ("I'd like someone from the service workshop to ring me about my overlocker", "en"),
    ("can the lady who cut my fabric on saturday get in touch? she said she'd check something for me", "en"),
    ("i'd honestly rather talk to a person about this", "en"),
    ("Would it be possible to be contacted by a member of staff? Thank you in advance.", "en"),
    ("kan jag få prata med en människa?", "sv"),
    ("koppla mig till kundtjänst tack", "sv"),
    ("finns det någon riktig person här?", "sv"),
    ("kan någon ringa upp mig? 073-552 19 08", "sv"),
    ("jag vill prata med en chef", "sv"),
    ("får jag prata med någon i butiken på Hornsgatan?", "sv"),
    ("kan jeg snakke med et menneske?", "no"),
    ("kan noen ringe meg tilbake? 912 44 301", "no"),
    ("jeg vil gjerne snakke med en ansatt", "no"),
    ("må jeg få snakke med en rigtig person?", "da"),
    ("kan I ringe mig op?", "da"),
    ("voinko puhua oikean ihmisen kanssa?", "fi"),
    ("haluaisin puhua Ainon kanssa", "fi"),
    ("soittaisiko joku minulle takaisin?", "fi"),
    ("get ég talað við manneskju?", "is"),
    ("Kann ich bitte mit einem Mitarbeiter sprechen?", "de"),
]:
    c(m, True, "human_request", None, l=l)

# ------------------------------------- press, designers, collaborations
for m, l in [
    ("I'm a journalist at Dagens Nyheter writing about the knitting boom, could someone from the shop contact me?", "en"),
    ("I'm a knitwear designer and would love to talk about selling my patterns through you, who can I speak to?", "en"),
    ("vi är en syförening i Västerås och vill prata med någon om ett samarbete kring kurser", "sv"),
    ("jeg er strikkeinfluencer med 40k følgere og vil gjerne samarbejde, hvem kan jeg tale med?", "da"),
    ("olen neulesuunnittelija ja haluaisin keskustella yhteistyöstä jonkun kanssa", "fi"),
]:
    c(m, True, "human_request", "contact", l=l)

# -------------------------------------------- cancel or change an order
for m, it, art, l, cu in [
    ("please cancel my order GT104560", "order_status", "order-changes", "en", "u26008"),
    ("snälla avbeställ GT104560, jag hittade en begagnad overlock", "order_status", "order-changes", "sv", "u26008"),
    ("can you change the lingonberry in GT104566 to fjord blue? just ordered", "order_status", "order-changes", "en", "u26009"),
    ("kan ni lägga till två nystan till av samma färgbad i GT104566?", "order_status", "order-changes", "sv", "u26009"),
    ("please change the linen in GT104540 from 3 m to 3.5 m", "order_status", "order-changes", "en", "u26003"),
    ("please cancel the wool flannel GT104555, I found it cheaper", "order_status", "order-changes", "en", "u26029"),
    ("please change the address on gt104563, i moved to Södertälje last week", "order_status", "order-changes", "en", "u26032"),
    ("kan ni ändra GT104575 till hemleverans istället? jag hinner inte till butiken", "order_status", "order-changes", "sv", "u26015"),
    ("kan I ændre leveringsadressen på GT104584?", "order_status", "order-changes", "da", "u26040"),
    ("vil I annullere min ordre 104552? jeg har bestilt forkert farve", "order_status", "order-changes", "da", "u26005"),
    ("voitteko perua tilaukseni?", "order_status", "order-changes", "fi", None),
    ("kan dere endre hentestedet for pakken min til Posten i Storgata?", "order_status", "order-changes", "no", None),
    ("geturðu hætt við pöntunina mína GT104572?", "order_status", "order-changes", "is", "u26035"),
    ("Bitte stornieren Sie meine Bestellung, ich habe doppelt bestellt", "order_status", "order-changes", "de", None),
    ("GLS says GT104534 is on its way back to you because I didn't collect it in time, please send it again", "order_status", "delivery-problems", "en", "u26045"),
    ("please cancel my place on the knitting course, GT104580", "order_status", "courses", "en", "u26019"),
    ("can you move my booking to the october round instead?", "order_status", "courses", "en", None),
    ("kan ni flytta mitt kursdatum? jag blir bortrest", "order_status", "courses", "sv", None),
    ("please cancel one of my two places on the mending workshop GT104577, my friend can't come", "order_status", "courses", "en", "u26046"),
    ("GT104460 came with 6 fjord blue but I'd like to swap 2 of them for natural white, can you exchange within the order? they're unwound", "return_refund", "returns", "en", "u26024"),
    ("kan ni byta ut två av nystanen i min beställning mot en annan färg?", "return_refund", "returns", "sv", None),
    ("I want my money back for the overlocker GT104399", "return_refund", "returns", "en", "u26027"),
    ("jeg vil ha pengene tilbake for garnet, bare refunder det", "return_refund", "returns", "no", None),
    ("hyvittäkää minulle tämä tilaus, en halua sitä", "return_refund", "returns", "fi", None),
]:
    c(m, True, it, art, l=l, cu=cu)

# --------------------------------------------- things only staff can do
E = []  # (message, intent, article, lang, customer)
E += [  # charged twice / unknown charge
    ("you charged me twice for GT104460, 617 kr two times, both are booked and it's been 12 days", "payment", "payment", "en", "u26024"),
    ("ni har dragit pengar två gånger för samma beställning, båda är bokförda sedan förra veckan", "payment", "payment", "sv", None),
    ("Hej igen. Jag skrev redan i förra veckan: det finns två dragningar på 617 kr för GT104460 på mitt kort, ingen av dem är reserverad. Kan ni betala tillbaka den ena?", "payment", "payment", "sv", "u26024"),
    ("dere har trukket meg to ganger for samme ordre", "payment", "payment", "no", None),
    ("I jer har trukket det samme beløb to gange, og det er ikke en reservation", "payment", "payment", "da", None),
    ("there's a payment to garn & tråd on my card and I have never ordered anything from you", "payment", None, "en", None),
]
E += [  # charged after cancelling
    ("I cancelled GT104290 on 5 august and the 899 kr was still taken from my card, not a reservation", "payment", "order-changes", "en", "u26012"),
    ("beställningen är avbeställd men pengarna drogs ändå, 899 kr", "payment", "order-changes", "sv", "u26012"),
    ("jeg avbestilte ordren, men dere trakk pengene likevel", "payment", "order-changes", "no", None),
    ("I cancelled my course place 3 weeks before and got charged the full price anyway", "payment", "courses", "en", None),
    ("peruin kurssin kuukautta ennen ja silti koko summa veloitettiin", "payment", "courses", "fi", None),
]
E += [  # refund missing
    ("returned 6 skeins of gotland wool, it says refunded since mid august and I have nothing on my card", "return_refund", "returns", "en", "u26007"),
    ("återbetalningen för GT104301 har inte kommit, det har gått tre veckor", "return_refund", "returns", "sv", "u26007"),
    ("the money for the course you cancelled (GT104333) never came back, it's been over 2 weeks", "return_refund", "courses", "en", "u26022"),
    ("I returned the nordsöm 215 a month ago and the refund still hasn't arrived", "return_refund", "returns", "en", "u26039"),
    ("jeg sendte garnet tilbage for fem uger siden og har stadig ikke fået pengene", "return_refund", "returns", "da", None),
    ("Klarna keeps sending me reminders for the machine I sent back in august", "payment", "returns", "en", "u26039"),
    ("klarna säger att jag är skyldig 2 895 kr men ni har ju fått tillbaka maskinen", "payment", "returns", "sv", "u26039"),
]
E += [  # vanished credit, gift card never arrived
    ("my store credit from the return in the shop was 340 kr and now My credit says 0", "payment", "gift-cards", "en", None),
    ("mitt tillgodo har försvunnit från kontot, det var 340 kr förra veckan", "payment", "gift-cards", "sv", None),
    ("I bought a 500 kr gift card for my friend (GT104430), resent it twice from My orders, she still has nothing, not in spam", "payment", "gift-cards", "en", "u26018"),
    ("presentkortet kom aldrig fram, inte ens när jag skickade om det två gånger", "payment", "gift-cards", "sv", "u26018"),
    ("gavekortet mitt på 500 kr er plutselig tomt, jeg har ikke brukt det", "payment", "gift-cards", "no", None),
]
E += [  # replacements damaged again, repairs failed again, nobody answers
    ("the replacement linen you sent has a hole too, second time", "complaint", "damaged-parcels", "en", "u26014"),
    ("ersättningsgarnet kom också blött, andra gången nu", "complaint", "damaged-parcels", "sv", None),
    ("my 560 from GT104210 was repaired under warranty in june and now the motor stops again, same fault", "return_refund", "machine-warranty", "en", "u26020"),
    ("symaskinen har varit på reparation en gång och nu är samma fel tillbaka", "return_refund", "machine-warranty", "sv", "u26020"),
    ("I filled in the service form with a video 8 days ago and nobody has answered", "return_refund", "machine-warranty", "en", None),
    ("overlocken var til reparasjon i juli og nå kutter den ikke igjen", "return_refund", "machine-warranty", "no", None),
    ("ompelukone korjattiin takuussa, mutta vika palasi heti", "return_refund", "machine-warranty", "fi", None),
    ("I sent photos of the hole in the linen 10 days ago and still no reply", "complaint", "damaged-parcels", "en", "u26014"),
]
E += [  # delivered, not received, already looked
    ("PostNord says GT104502 was delivered on the 5th. I've checked the mailbox, the neighbours and the ombud, nothing for 5 days", "complaint", "delivery-problems", "en", "u26016"),
    ("enligt PostNord är paketet levererat, jag har frågat grannarna och kollat ombudet, inget på fem dagar", "complaint", "delivery-problems", "sv", "u26016"),
    ("Bring sier levert, jeg har sjekket postkassen og spurt naboene, ingenting på en uke", "complaint", "delivery-problems", "no", None),
    ("pakken står som leveret, jeg har spurgt naboerne og kigget i pakkeboksen, intet i fire dage", "complaint", "delivery-problems", "da", None),
    ("Posti sanoo toimitettu, kysyin naapureilta ja noutopisteestä, ei mitään viikkoon", "complaint", "delivery-problems", "fi", None),
]
E += [  # disputed VAT, price match, invoices
    ("Bring wants NOK 1,480 from me for GT104399, that's way more than 25% plus 175, it can't be right", "shipping", "customs-norway-iceland", "en", "u26027"),
    ("Bring krever over 1400 kroner for overlocken, det stemmer ikke", "shipping", "customs-norway-iceland", "no", "u26027"),
    ("Pósturinn rukkaði mig um virðisaukaskatt þó að ég hafi þegar borgað hann hjá ykkur", "shipping", "customs-norway-iceland", "is", None),
    ("found the nordsöm 560 for 4 995 kr at another swedish shop, in stock. I bought it from you on 6 september (GT104395), please refund the difference", "payment", "price-match", "en", "u26036"),
    ("jag köpte overlocken för en vecka sedan och nu kostar den 500 kr mindre hos en annan butik, kan ni betala tillbaka mellanskillnaden?", "payment", "price-match", "sv", None),
    ("second time asking: our preschool's invoice still has the wrong organisation number and the municipality won't pay it", "payment", "invoices", "en", None),
]
E += [  # order not placed, someone else's data, deletion, locked out
    ("there's an order GT104548 in my account that I never placed", "account", None, "en", "u26038"),
    ("det finns en beställning på mitt konto som jag inte har gjort", "account", None, "sv", None),
    ("der er en ordre på min konto, som jeg ikke har lavet", "account", None, "da", None),
    ("I logged in and I can see someone else's name and address in my account!", "account", "privacy", "en", None),
    ("jag raderade mitt konto i våras men får fortfarande era nyhetsbrev och erbjudanden", "account", "privacy", "sv", None),
    ("pyysin tietojeni poistamista kaksi kuukautta sitten, eikä mitään ole tapahtunut", "account", "privacy", "fi", None),
    ("did forgot password 4 times, no email ever comes, not in spam, and my course booking is in there", "account", "account", "en", None),
    ("har återställt lösenordet fem gånger, inget mejl, inte i skräpposten heller, kommer inte in", "account", "account", "sv", None),
    ("ég hef reynt að endurstilla lykilorðið þrisvar og fæ engan tölvupóst", "account", "account", "is", None),
]
E += [  # injury, legal threats, staff
    ("the overlocker knife cut my finger badly when I changed the thread, it started by itself, I had to go to the emergency room", "complaint", None, "en", "u26037"),
    ("I've written three times about my refund and each time I get a polite answer that it's being looked into. If it isn't sorted by friday I'm filing with ARN", "complaint", None, "en", None),
    ("om det här inte löses kontaktar jag Konsumentverket", "complaint", None, "sv", None),
    ("jeg kommer til å klage til Forbrukerrådet hvis dere ikke svarer", "complaint", None, "no", None),
    ("the teacher on the sewing course was really condescending to me in front of everyone", "complaint", None, "en", None),
    ("personalen vid tygdisken var otroligt otrevlig mot min mamma idag", "complaint", None, "sv", None),
    ("Die Kursleiterin ist zweimal nicht gekommen und niemand hat uns Bescheid gegeben", "complaint", None, "de", None),
]
for m, it, art, l, cu in E:
    c(m, True, it, art, l=l, cu=cu)

# ================================================== conversations (2-4 turns)
# ---- a question is answered, then a person is asked for
for msgs, art, l in [
    (["how much is shipping to norway", "ok. now get me a person"], "shipping", "en"),
    (["what's the difference between the 215 and the 560", "hmm. can someone who actually sews call me? I'm torn"], "sewing-machines", "en"),
    (["how long is the machine warranty", "right. can i talk to a technician from the workshop"], "machine-warranty", "en"),
    (["what's your return policy", "ok fine. human please"], "returns", "en"),
    (["do i pay vat on top when ordering to norway", "can someone ring me about it, I'm ordering for our whole knitting club"], "customs-norway-iceland", "en"),
    (["how do dye lots work", "I'd like to talk to someone about this, I'm knitting a blanket with 30 skeins"], "dye-lots", "en"),
    (["can i cancel my course place", "could a person look at my booking with me?"], "courses", "en"),
    (["is the fabric shrink-proof?", "ok, can I speak to someone at the fabric counter?"], "fabric-by-the-metre", "en"),
    (["vad kostar frakten till Finland?", "okej, kan jag få prata med någon?"], "shipping", "sv"),
    (["hur lång garanti är det på overlocken?", "tack. kan någon från verkstaden ringa mig?"], "machine-warranty", "sv"),
    (["vad händer om jag avbokar kursen?", "jag vill hellre prata med en människa om det här"], "courses", "sv"),
    (["kan man returnera tyg?", "okej. koppla mig vidare till personalen"], "returns", "sv"),
    (["hva koster frakt til Norge?", "ok, kan jeg snakke med noen?"], "shipping", "no"),
    (["må jeg betale toll på en symaskin?", "kan noen ringe meg om dette?"], "customs-norway-iceland", "no"),
    (["hvad koster forsendelse til Danmark?", "fint, men jeg vil gerne tale med en person"], "shipping", "da"),
    (["hvordan fungerer returnering?", "kan jeg få en medarbejder i røret?"], "returns", "da"),
    (["paljonko toimitus Suomeen maksaa?", "selvä, voinko puhua jonkun kanssa?"], "shipping", "fi"),
    (["kuinka pitkä takuu ompelukoneessa on?", "haluaisin silti puhua Ainon kanssa"], "machine-warranty", "fi"),
    (["hvað kostar að senda til Íslands?", "get ég talað við einhvern?"], "shipping", "is"),
    (["Wie lange ist die Garantie auf die Nähmaschine?", "Danke. Kann mich ein Techniker anrufen?"], "machine-warranty", "de"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- frustration that builds over the turns (no swearing)
for msgs, it, art, l in [
    (["how much is shipping to iceland", "but do I pay something when it arrives", "that's not what I asked. how much exactly for 3 skeins?", "third time asking the same thing"], "complaint", "customs-norway-iceland", "en"),
    (["where is my pdf pattern", "there is nothing under My downloads", "I've looked three times, it's not there, you keep sending the same text"], "complaint", "patterns", "en"),
    (["where's my receipt", "it's not in My orders", "still not there. this isn't helping"], "complaint", "invoices", "en"),
    (["the reset link doesn't work", "i clicked it straight away, it says expired", "this is going round in circles, I just want to log in and see my course"], "complaint", "account", "en"),
    (["my parcel is late", "yes I checked tracking, nothing since last tuesday", "you're just repeating yourself"], "complaint", "delivery-problems", "en"),
    (["my discount code doesn't work", "the basket is over 300 kr, it's yarn, not reduced", "it says invalid every time, tried 5 times. not helpful"], "complaint", "discount-codes", "en"),
    (["my machine skips stitches", "I changed the needle and rethreaded with the foot up", "did it again, still skipping. you're not helping"], "complaint", "machine-warranty", "en"),
    (["var hittar jag mitt pdf-mönster?", "det finns inget under Mina nedladdningar", "jag har nu sagt tre gånger att det inte finns där"], "complaint", "patterns", "sv"),
    (["var är mitt kvitto?", "det finns inte under Mina beställningar", "det här hjälper inte alls, tredje gången jag frågar"], "complaint", "invoices", "sv"),
    (["mitt paket rör sig inte", "ja jag har kollat spårningen", "du svarar bara samma sak hela tiden"], "complaint", "delivery-problems", "sv"),
    (["hur bokar jag introduktionen?", "länken fungerar inte", "den fungerar fortfarande inte, det här är tredje gången"], "complaint", "machine-introduction", "sv"),
    (["hvor er kvitteringen min?", "den er ikke under mine bestillinger", "dette hjelper ikke, jeg har spurt tre ganger nå"], "complaint", "invoices", "no"),
    (["hvordan nulstiller jeg min adgangskode?", "mailen kommer ikke", "stadig intet, tredje gang, det er frustrerende"], "complaint", "account", "da"),
    (["missä pdf-kaavani on?", "latauksissa ei ole mitään", "kysyn jo kolmatta kertaa, tämä ei auta"], "complaint", "patterns", "fi"),
    (["Wo finde ich meine Rechnung?", "Unter Meine Bestellungen ist nichts", "Das ist jetzt das dritte Mal, das hilft mir nicht"], "complaint", "invoices", "de"),
]:
    c(msgs, True, it, art, l=l)
# frustration that ends with an ask for a person
for msgs, art, l in [
    (["my tracking hasn't moved since monday", "yes I checked the link", "ok this is pointless, get me a human"], "delivery-problems", "en"),
    (["how do i book the intro lesson", "the page says my order number is invalid", "forget it, let me talk to someone"], "machine-introduction", "en"),
    (["my overlocker threads keep breaking", "I rethreaded it twice like the manual says", "can a real person just help me please"], "machine-warranty", "en"),
    (["koden fungerar inte", "jag har skrivit den med Ä", "nu vill jag prata med en människa"], "discount-codes", "sv"),
    (["sporingen har ikke endret seg", "ja, jeg har sjekket", "da vil jeg snakke med et menneske"], "delivery-problems", "no"),
    (["adgangskoden virker ikke", "jeg har prøvet igen", "jeg vil tale med en person nu"], "account", "da"),
    (["salasana ei toimi", "olen jo kokeillut", "haluan puhua ihmisen kanssa"], "account", "fi"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- an answered question, then the staff-only problem comes out
for msgs, it, art, l, cu in [
    (["how long does a refund take", "well, GT104301 says refunded since august and I have nothing"], "return_refund", "returns", "en", "u26007"),
    (["why would I see two payments", "it's been 2 weeks and both are booked, not pending"], "payment", "payment", "en", "u26024"),
    (["how long is the warranty on the 560", "it was already repaired once and the same fault is back"], "return_refund", "machine-warranty", "en", "u26020"),
    (["do you replace fabric with a flaw?", "you did, and the new piece has a hole in the same place"], "complaint", "damaged-parcels", "en", "u26014"),
    (["how do I delete my account", "I did that in april and I still get emails from you"], "account", "privacy", "en", None),
    (["where do I see my store credit", "it was there last week and now it's gone"], "payment", "gift-cards", "en", None),
    (["do I pay vat on a machine to norway?", "then why does Bring want almost 1 500 kroner from me?"], "shipping", "customs-norway-iceland", "en", "u26027"),
    (["how does your price guarantee work", "ok so I bought the 560 on the 6th and it's 500 kr cheaper at another swedish shop now, here's the link, please refund me"], "payment", "price-match", "en", "u26036"),
    (["what happens if you cancel a course?", "you cancelled mine in august and I never got the money"], "return_refund", "courses", "en", "u26022"),
    (["hur lång tid tar en återbetalning?", "jag har väntat i fem veckor på pengarna för garnet jag skickade tillbaka"], "return_refund", "returns", "sv", None),
    (["hur avbokar man en kurs?", "jag avbokade för tre veckor sedan och har fortfarande inte fått pengarna"], "return_refund", "courses", "sv", None),
    (["hur länge gäller ett presentkort?", "mitt köptes i maj och nu säger ni att saldot är 0, jag har aldrig använt det"], "payment", "gift-cards", "sv", None),
    (["hvordan sletter jeg kontoen min?", "det gjorde jeg for to måneder siden, og den finnes fortsatt"], "account", "privacy", "no", None),
    (["hvor lang tid tager en tilbagebetaling?", "jeg har ventet i seks uger"], "return_refund", "returns", "da", None),
    (["kuinka kauan palautuksen hyvitys kestää?", "palautin langat kuukausi sitten eikä rahoja ole tullut"], "return_refund", "returns", "fi", None),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- a problem reported, then it turns out staff are needed
for msgs, it, art, l, cu in [
    (["there's a hole in the linen I got", "sent the photos to you 9 days ago, no answer at all"], "complaint", "damaged-parcels", "en", "u26014"),
    (["tracking says delivered but nothing here", "I did all of that. mailbox, neighbours, the ombud, waited 4 days", "so what now"], "complaint", "delivery-problems", "en", "u26016"),
    (["my 560 just hums and won't sew", "filled in the service form 10 days ago, no reply, and I have a deadline"], "return_refund", "machine-warranty", "en", "u26020"),
    (["my gift card email never came", "resent it from My orders twice, not in spam either"], "payment", "gift-cards", "en", "u26018"),
    (["I cancelled an order, when is the money back?", "it's been 2 weeks and the 899 is booked, not reserved"], "payment", "order-changes", "en", "u26012"),
    (["tyget har ett hål", "jag skickade bilder för en vecka sedan och har inte fått svar"], "complaint", "damaged-parcels", "sv", None),
    (["det står levererat men jag har inget paket", "jag har gjort allt det där, det har gått fyra dagar"], "complaint", "delivery-problems", "sv", "u26016"),
    (["garnet kom vått", "jeg sendte bilder for en uke siden og har ikke hørt noe"], "complaint", "damaged-parcels", "no", None),
    (["lankoja puuttuu paketista", "ilmoitin asiasta jo viikko sitten, eikä kukaan ole vastannut"], "complaint", "damaged-parcels", "fi", None),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- change requests inside a conversation
for msgs, it, art, l, cu in [
    (["can I still change an order I placed 20 min ago?", "great, then please cancel GT104560"], "order_status", "order-changes", "en", "u26008"),
    (["is it possible to add skeins from the same dye lot to an order?", "ok then please add 2 more lingonberry to GT104566"], "order_status", "order-changes", "en", "u26009"),
    (["where is my order GT104523", "can you send it to my work address instead, I'm never home"], "order_status", "order-changes", "en", "u26001"),
    (["kan jag ändra min beställning?", "då vill jag ha 3,5 meter linne istället för 3 i GT104540"], "order_status", "order-changes", "sv", "u26003"),
    (["går det att avbeställa tyg?", "okej, avbeställ GT104555 då, den är väl inte klippt än?"], "order_status", "order-changes", "sv", "u26029"),
    (["kan man ændre en ordre?", "så vil jeg gerne have stoffet i GT104552 i en anden farve"], "order_status", "order-changes", "da", "u26005"),
    (["how do I move a course booking?", "please move me from the 16 september knitting course to the next one, GT104580"], "order_status", "courses", "en", "u26019"),
    (["how do returns work", "ok, just refund the overlocker from GT104399 to my card please"], "return_refund", "returns", "en", "u26027"),
    (["can I exchange yarn in the shop?", "I live in Umeå though. can you swap 2 of the blue skeins in GT104460 for white by post?"], "return_refund", "returns", "en", "u26024"),
    (["voiko tilausta muuttaa?", "vaihtakaa sitten toimitusosoite, muutin juuri"], "order_status", "order-changes", "fi", None),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- follow-ups the assistant answers itself (no hand-over)
for msgs, it, art, mm, l in [
    (["hi", "how much is shipping to denmark?"], "shipping", "shipping", ["109"], "en"),
    (["do you ship to norway", "do i pay extra vat when it arrives?"], "shipping", "customs-norway-iceland", ["VOEC"], "en"),
    (["what courses do you have", "and if I book and then can't come, what then?"], "return_refund", "courses", ["14 days"], "en"),
    (["can i return yarn", "what about skeins I already wound into balls?"], "return_refund", "returns", ["unwound"], "en"),
    (["how is a sewing machine shipped", "and how long to finland?"], "shipping", "shipping", ["3–5 working days"], "en"),
    (["i want to talk to someone", "actually never mind, just tell me if the shop is open on sunday"], "other", "store", ["12:00–16:00"], "en"),
    (["human please", "no wait, forget it. what's the phone number, I'll ring myself"], "other", "contact", [PH], "en"),
    (["is this a bot?", "ok, and when are people on the chat?"], "other", "contact", ["9:00–18:00"], "en"),
    (["no I don't need a person", "just tell me how long a gift card is valid"], "payment", "gift-cards", ["2 years"], "en"),
    (["my parcel was wet when it came", "is the yarn ruined or can I dry it?"], "complaint", "damaged-parcels", ["room temperature"], "en"),
    (["post says delivered but I have nothing", "ok, should I wait or write to you now?"], "complaint", "delivery-problems", ["next working day"], "en"),
    (["what's the weather in stockholm", "ok never mind. what time do you close today? it's thursday"], "other", "store", ["20:00"], "en"),
    (["does linen shrink", "and how much extra should I buy then?"], "product_info", "fabric-by-the-metre", ["10% extra"], "en"),
    (["how do I wash my merino sweater", "and can it go in the dryer?"], "product_info", "yarn-care", ["tumble dryer"], "en"),
    (["I need to cancel my course", "no no, not you, just tell me where I do it"], "return_refund", "courses", ["My courses"], "en"),
    (["what needle for jersey", "and how often should I change it?"], "product_info", "haberdashery", ["8 hours"], "en"),
    (["do you have a knitting café", "do I have to bring my own project?"], "product_info", "sewing-cafe", ["bring your own project"], "en"),
    (["is there a free lesson with the overlocker?", "how long do I have to book it?"], "product_info", "machine-introduction", ["3 months"], "en"),
    (["what's a dye lot", "so how many extra skeins should I buy?"], "product_info", "dye-lots", ["one or two skeins extra"], "en"),
    (["hej", "vad kostar frakten inom Sverige?"], "shipping", "shipping", ["59"], "sv"),
    (["jag vill prata med någon", "äsch, glöm det. vad har ni för telefonnummer?"], "other", "contact", [PH], "sv"),
    (["jag behöver ingen personal", "säg bara hur länge jag har på mig att returnera"], "return_refund", "returns", ["30"], "sv"),
    (["krymper linne?", "ska jag tvätta det innan jag syr då?"], "product_info", "fabric-by-the-metre", ["40"], "sv"),
    (["har ni stickcafé?", "kostar det något?"], "product_info", "sewing-cafe", [], "sv"),
    (["vad är Garnklubben?", "och hur många poäng behöver man för en rabatt?"], "payment", "discount-codes", ["250"], "sv"),
    (["hei", "hvor lang tid tar frakten til Norge?"], "shipping", "shipping", [], "no"),
    (["jeg trenger ikke noen ansatt", "bare si meg hva frakten til Norge koster"], "shipping", "shipping", ["149"], "no"),
    (["hej", "hvad koster det at leje en symaskine i jeres sycafé?"], "product_info", "sewing-cafe", ["75"], "da"),
    (["moi", "paljonko toimitus Suomeen maksaa?"], "shipping", "shipping", ["119"], "fi"),
    (["en tarvitse ihmistä", "kerro vain, kuinka kauan lahjakortti on voimassa"], "payment", "gift-cards", ["2"], "fi"),
    (["góðan daginn", "sendið þið til Íslands?"], "shipping", "shipping", ["249"], "is"),
    (["Hallo", "Liefern Sie nach Dänemark und was kostet das?"], "shipping", "shipping", ["109"], "de"),
]:
    c(msgs, False, it, art, mm, l=l)
# order follow-ups with the customer's own orders
for msgs, mm, mnm, l, cu in [
    (["hi, where's my yarn order", "the number is GT 104 523"], ["00373500461045237"], [], "en", "u26001"),
    (["hej, mitt paket har inte kommit", "ordernummer GT-104528"], ["00373500461045286"], [], "sv", "u26025"),
    (["hvor er pakken min?", "ordrenummeret er 104515"], ["70710446021045152"], [], "no", "u26017"),
    (["hvor bliver min pakke af?", "GT104470, denim og lynlås"], ["05712041032"], [], "da", "u26011"),
    (["missä pakettini on?", "tilausnumero on 104545"], ["JJFI64531210454509"], [], "fi", "u26021"),
]:
    c(msgs, False, "order_status", None, mm, mnm, l=l, cu=cu)

c(["where is my order GT104537", "and will the 2 m of wool flannel in it be cut in one piece?"], False, "product_info", "fabric-by-the-metre", ["one piece"], cu="u26026")

# ---- greeting first, then the ask; or asking again
for msgs, l in [
    (["hi", "can i speak to a person please"], "en"),
    (["human", "HUMAN", "hello?? a real person please"], "en"),
    (["agent", "i said agent"], "en"),
    (["hej", "kan jag få prata med någon på riktigt?"], "sv"),
    (["personal", "jag sa: personal, tack"], "sv"),
    (["hei", "kan jeg få snakke med kundeservice?"], "no"),
    (["hej", "jeg vil gerne tale med en medarbejder"], "da"),
    (["moi", "haluan puhua asiakaspalvelijan kanssa"], "fi"),
    (["halló", "má ég fá að tala við starfsmann?"], "is"),
    (["Guten Tag", "ich möchte bitte mit einem Menschen sprechen"], "de"),
]:
    c(msgs, True, "human_request", None, l=l)

# ---- more ways of asking for a person
for m, l in [
    ("cn i tlk to sum1 real", "en"),
    ("is there anyone who could look at this with me?", "en"),
    ("honestly I think this one needs a human", "en"),
    ("rather not explain this to a bot. someone from the team please", "en"),
    ("Good morning. Could one of your staff please get in touch with me? Kind regards, B. Lindqvist", "en"),
    ("finns det nån människa där?", "sv"),
    ("jag vill bli uppringd av någon från symaskinsverkstaden", "sv"),
    ("Hej! Skulle någon av er kunna kontakta mig? Vänliga hälsningar, Karin", "sv"),
    ("er det en ekte person her?", "no"),
    ("kan jeg få snakke med Aino? hun hjalp meg sist", "no"),
    ("sæt mig over til en medarbejder, tak", "da"),
    ("onko siellä ketään oikeaa ihmistä?", "fi"),
    ("er einhver manneskja hérna?", "is"),
    ("Können Sie mich bitte zurückrufen?", "de"),
]:
    c(m, True, "human_request", None, l=l)
for msgs, art, l in [
    (["do you have courses in english?", "thanks. could a person still call me? I want to book for a group of 6 colleagues"], "courses", "en"),
    (["is the sewing café open on tuesdays?", "ok, I'd still like to talk to someone about renting the whole room for a party"], "sewing-cafe", "en"),
    (["how do I order swatches?", "alright, can I speak to someone from the fabric team about a bigger order for a theatre?"], "fabric-by-the-metre", "en"),
    (["när har butiken öppet på söndag?", "tack. kan jag prata med någon i butiken också?"], "store", "sv"),
    (["hva koster introduksjonstimen?", "greit, men jeg vil heller snakke med en person"], "machine-introduction", "no"),
    (["hvor længe gælder et gavekort?", "okay, men nu vil jeg gerne tale med en person"], "gift-cards", "da"),
    (["miten värjäyserät toimivat?", "kiitos, mutta haluaisin puhua jonkun kanssa"], "dye-lots", "fi"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- polite asks that only staff can fulfil
for m, it, art, l, cu in [
    ("Would you be so kind as to look into why my card was charged twice for GT104460? Both 617 kr are booked.", "payment", "payment", "en", "u26024"),
    ("Could you please check what happened to my refund? I returned four unopened skeins a month ago and nothing has come back.", "return_refund", "returns", "en", None),
    ("Sorry to bother you, but the sewing machine your workshop repaired in July has stopped again with exactly the same fault. Could someone take it back in?", "return_refund", "machine-warranty", "en", None),
    ("Hi, my store credit of about 200 kr disappeared from My credit after I logged in today. Could you restore it please?", "payment", "gift-cards", "en", None),
    ("Hello, I think there's a mistake: an order for a coverlock appeared in my account and I didn't place it. Could you look into it?", "account", None, "en", None),
    ("Skulle ni kunna kolla varför jag blev debiterad för kursen fast jag avbokade i tid? Jag har bekräftelsen.", "payment", "courses", "sv", None),
    ("Vore ni snälla och bytte två nystan i GT104460 mot naturvitt? De är inte nystade.", "return_refund", "returns", "sv", "u26024"),
    ("Hej, jag bad om att få mina uppgifter raderade för två månader sedan och kontot finns kvar. Kan ni titta på det?", "account", "privacy", "sv", None),
    ("kunne dere sjekke hvorfor jeg ble belastet etter at jeg kansellerte bestillingen?", "payment", "order-changes", "no", None),
    ("vil I være søde at undersøge, hvorfor jeg aldrig har fået pengene for den returnerede symaskine?", "return_refund", "returns", "da", None),
    ("voisitteko tarkistaa, miksi Klarna vaatii minulta maksua tilauksesta, jonka palautin?", "payment", "returns", "fi", None),
    ("gætuð þið athugað af hverju ég var rukkaður tvisvar?", "payment", "payment", "is", None),
    ("Könnten Sie bitte prüfen, warum meine Rückerstattung nach fünf Wochen noch nicht da ist?", "return_refund", "returns", "de", None),
]:
    c(m, True, it, art, l=l, cu=cu)

# ---- numbers that are not order numbers (weights, sizes, names, prices)
for m, it, art, mm, l in [
    ("I'm knitting the hornsgatan sweater in size L, 105 m per skein, need about 1 500 m, how many skeins with one extra?", "product_info", "dye-lots", ["one or two skeins extra"], "en"),
    ("is 80/12 or 90/14 better for 220 g/m² jersey?", "product_info", "haberdashery", ["70/10 to 90/14"], "en"),
    ("my basket is 589 kr, 8 skeins of cotton 8/4 and a hook, do I get free shipping in sweden?", "shipping", "shipping", ["599"], "en"),
    ("is a 4.0 mm 80 cm circular ok for DK at 22 stitches per 10 cm?", "product_info", "yarn-guide", ["3.5–4.5 mm"], "en"),
    ("I need 2.3 m of 150 cm linen, can I order that exact length?", "product_info", "fabric-by-the-metre", ["10 cm"], "en"),
    ("I live at 0150 Oslo, how long to get there?", "shipping", "shipping", ["3–6 working days"], "en"),
    ("the nordsöm 560 is 5 495 kr, can I pay that over 12 months?", "payment", "payment", ["12"], "en"),
    ("jag bor i 118 21 Stockholm, kan jag hämta i butiken istället?", "shipping", "click-collect", [], "sv"),
    ("behöver jag 12 eller 14 nystan à 50 g för en kofta i storlek 42?", "product_info", "yarn-guide", [], "sv"),
    ("tåler ullflanellen 40 grader?", "product_info", "fabric-by-the-metre", [], "no"),
    ("er 100/16 nål god til 12 oz denim?", "product_info", "haberdashery", ["100"], "da"),
    ("neulon koossa 38, riittääkö 6 kerää 420 m sukkalankaa?", "product_info", "yarn-guide", [], "fi"),
]:
    c(m, False, it, art, mm, l=l)

# ---- longer conversations written out in full
c(["hi, I'm knitting a cardigan for my daughter and ran out of the fjord blue",
   "the ball band says lot 2290 and your page says you are sending 2317 now",
   "I've now asked the same thing three different ways. I don't want tips about stripes, I want to know if anyone can find one skein of 2290 somewhere in your shop. this is really frustrating"],
  True, "complaint", "dye-lots")
c("I've read half your help pages and I'm more confused than before. My mum is 74, has arthritis in her hands and wants to start sewing again after 30 years. She needs something she can thread herself and I'd like someone who knows the machines to talk it through with her on the phone. Could someone call her? 08-640 22 17, best after 10",
  True, "human_request", "sewing-machines")
c("before you pass me on to anyone, I really don't need a person, I just can't work out how long the gift card my colleagues gave me for my 50th is valid, it was in march",
  False, "payment", "gift-cards", ["2 years"])
c(["hey, thinking of learning to knit", "ok and do I need to buy yarn and needles before the beginners course?",
   "and is it ok if I'm left-handed?"], False, "product_info", "courses")
c(["Hej, jag har en beställning på gång", "Nej, den är det inget fel på, jag undrade bara hur länge ni har öppet på torsdag"],
  False, "other", "store", ["20:00"], l="sv")
c("Hej, jag köpte en Nordsöm 215 hos er för två veckor sedan och har nu sytt några gardiner, men nu hoppar den över stygn hela tiden och tråden trasslar sig under tyget. Jag har inte gjort något med den, bara bytt spole. Vad ska jag göra först innan jag skickar in den?",
  False, "return_refund", "machine-warranty", [], l="sv")
c("Hei! Jeg bestilte fire meter lin fra dere forrige uke, og når jeg brettet det ut i dag oppdaget jeg en flekk og et lite hull omtrent midt på. Jeg har ikke vasket eller klippet i det ennå. Hva gjør jeg nå? Jeg skulle sy gardiner til helgen.",
  False, "complaint", "damaged-parcels", ["14"], l="no")
c("Hej! Jeg er lige begyndt at strikke og vil gerne lave en sweater til min kæreste, han bruger størrelse L. Opskriften siger DK-garn, men jeg ved ikke helt, hvilke pinde jeg skal bruge, og om jeg skal strikke en prøve først. Kan I hjælpe?",
  False, "product_info", "yarn-guide", [], l="da")
c("Hei, asun Oulussa ja haluaisin tilata teiltä ompelukoneen ja muutaman metrin kangasta. Kuinka kauan toimitus kestää, paljonko se maksaa, ja saako sen ilmaiseksi jos tilaan yli tietyn summan?",
  False, "shipping", "shipping", ["999"], l="fi")
c("Hi, so my sister gave me the book with the 40 mitten patterns for christmas and I'd like to knit the Icelandic ones, but I'm not sure which of your yarns is the right thickness. The book says fingering, is your sock yarn ok for mittens or is that too thin?",
  False, "product_info", "yarn-guide", ["fingering"])
c("my boyfriend bought me the interchangeable needle set for my birthday but I already have one, it's still in the plastic. can I return it even though I didn't buy it myself?",
  False, "return_refund", "returns", ["30 days"])

# ---- more conversations that end with staff
for msgs, it, art, l, cu in [
    (["how do klarna returns work with you?", "I sent the machine back in august, you say GT104340 is refunded but Klarna says I still owe 2 895 kr and sends reminders"], "payment", "returns", "en", "u26039"),
    (["hur funkar det med Klarna när man returnerar?", "Klarna påstår att jag inte har betalat, men pengarna är dragna från mitt konto. Ni och Klarna säger olika saker"], "payment", "payment", "sv", None),
    (["I'm locked out of my account", "I waited the 30 minutes and did Forgot password? three times, the emails never come and the one-time code doesn't come either"], "account", "account", "en", None),
    (["jeg er låst ude af min konto", "jeg har ventet og prøvet at nulstille adgangskoden tre gange, der kommer ingen mail"], "account", "account", "da", None),
    (["what's GT104548? it's in my account", "I never ordered that, I don't knit with mohair, someone must have used my account"], "account", None, "en", "u26038"),
    (["hvor ser jeg mit tilgodebevis?", "det stod der i sidste uge, nu er det væk"], "payment", "gift-cards", "da", None),
    (["can you exchange things inside an order?", "ok but I really need the 2 skeins swapped in GT104460, I live in Kiruna, there's no shop near me"], "return_refund", "returns", "en", "u26024"),
    (["kan jag avboka kursen själv?", "jag kommer inte in på Mina kurser, kan ni avboka den åt mig? GT104580"], "order_status", "courses", "sv", "u26019"),
    (["kan jeg avbestille kursplassen?", "vil dere gjøre det for meg? jeg har ikke konto"], "order_status", "courses", "no", None),
    (["hvor hurtigt får man pengene efter en annullering?", "jeg annullerede min ordre for to uger siden og beløbet er stadig trukket, ikke reserveret"], "payment", "order-changes", "da", None),
    (["har ni prisgaranti?", "overlocken jag köpte för fem dagar sedan kostar 400 kr mindre hos en annan svensk butik nu, här är skärmdumpen, kan ni återbetala skillnaden?"], "payment", "price-match", "sv", None),
    (["þarf ég að borga virðisaukaskatt á Íslandi?", "Pósturinn rukkaði mig tvisvar fyrir sama pakkann"], "shipping", "customs-norway-iceland", "is", None),
    (["how long is the warranty on an overlocker", "mine from GT104399 went to your workshop in july and came back with the same cutting problem"], "return_refund", "machine-warranty", "en", "u26027"),
]:
    c(msgs, True, it, art, l=l, cu=cu)
for msgs, art, l in [
    (["how much is the intro lesson", "ok now get me a person"], "machine-introduction", "en"),
    (["do you have a waiting list for courses", "can someone from the course team call me, I'd like to book a private group"], "courses", "en"),
    (["vad kostar en service av symaskinen?", "okej, kan någon från verkstaden ringa mig?"], "machine-warranty", "sv"),
    (["hva er et fargebad?", "takk, men nå vil jeg gjerne snakke med noen i butikken"], "dye-lots", "no"),
    (["kuinka kauan kankaan leikkaaminen kestää?", "kiitos, mutta haluaisin puhua ihmisen kanssa"], "fabric-by-the-metre", "fi"),
]:
    c(msgs, True, "human_request", art, l=l)
for msgs, it, art, l in [
    (["hvor er min pdf-opskrift?", "den er ikke under mine downloads", "jeg har kigget tre gange, du skriver bare det samme"], "complaint", "patterns", "da"),
    (["hvernig endurstilli ég lykilorðið?", "tölvupósturinn kemur ekki", "ennþá ekkert, þetta er í þriðja sinn, þetta hjálpar ekki"], "complaint", "account", "is"),
    (["miten varaan perehdytyksen?", "linkki ei toimi", "ei toimi vieläkään, kysyn jo kolmatta kertaa"], "complaint", "machine-introduction", "fi"),
    (["hvor skriver jeg inn rabattkoden?", "det finnes ikke noe sånt felt i handlekurven", "nå har jeg sett etter tre ganger, dette fører ingen vei"], "complaint", "discount-codes", "no"),
]:
    c(msgs, True, it, art, l=l)

# ---- many customers greet before they ask: every 6th single-turn question
# gets an opening line in its own language (the judged turn is unchanged)
OPENERS = {
    "en": ["hi", "hello", "hey", "good morning", "hi there", "hello, quick question",
           "hiya", "evening!", "hi, hope you can help"],
    "sv": ["hej", "hej hej", "hallå", "god morgon", "hej, en snabb fråga", "tjena"],
    "no": ["hei", "hallo", "god dag"],
    "da": ["hej", "goddag", "hej, kort spørgsmål"],
    "fi": ["moi", "hei", "päivää"],
    "is": ["halló", "góðan dag"],
    "de": ["Hallo", "Guten Tag", "Moin"],
}
GREETS = re.compile(r"(hi|hello|hey|hiya|good (morning|afternoon|evening)|hej|hallå|tjena|god morgon|hei|hallo|"
                    r"god dag|goddag|moi|päivää|halló|góðan|guten tag|moin)\b", re.I)

# ================================================================ output
# "GT104523", "gt104523", "GT-104523", "GT 104 523", "#GT104523"
ORDER_REF = re.compile(r"(?i)\bgt[\s#-]*(\d{3})\s?(\d{3})(?!\d)")
# a bare counter ("order 104523", "beställning 104 523"); every counter starts with 10
BARE_REF = re.compile(r"(?<![\d.,])(10\d)\s?(\d{3})(?![\d.,])")
# order numbers that are meant not to exist
UNKNOWN_ORDERS = {"105555", "109999"}
DIGITAL = ("GC-", "PDF-", "CRS-", "WS-")

def order_refs(m):
    full, bare = casekit.scan(m, ORDER_REF, BARE_REF)
    return [casekit.Ref(mo.group(0), mo.group(1) + mo.group(2), None) for mo in full + bare]

def main():
    shop.add_openers(OPENERS, GREETS, every=6)
    shop.write()
    shop.check(order_id=r"GT10\d{4}", shape="GT104523", counter=lambda oid: oid[2:],
               refs=order_refs, unknown=UNKNOWN_ORDERS,
               named=lambda cu: int(cu[3:]) <= 100, customer_id=r"u26\d{3}", currency={"SEK"},
               untracked=casekit.sku_only(*DIGITAL))

if __name__ == "__main__":
    main()
