#!/usr/bin/env python3
"""Generate twentythird-cases.jsonl: cases for the twenty-third shop,
Kraftwerk Nutrition (online sports-nutrition and home-gym shop with a
store, showroom and Click & Collect point at Mariahilfer Straße 120, Wien;
sells protein powders, bars, supplements, a Vegan range, shakers and
equipment such as dumbbells, benches, racks, bikes and treadmills, the
last delivered by freight; the monthly protein subscription "Vorrat"; a
2-year equipment warranty; products on the Kölner Liste; ships to
Austria, Germany, Switzerland (customs), Czechia, Slovakia, Hungary and
Slovenia; prices in EUR).
KB: twentythird-kb/.  Run: python3 gen_twentythird_cases.py
The script writes the cases, then checks them against the KB and prints
the figures (cases, escalation share, other-language share, multi-turn share).
This shop is a tuning set: the customer lines are meant to be varied.

Order numbers look like KW-AT-304512 (KW, the country the order ships
to, a 6-digit counter).  Customers paste them in many ways ("kwat304512",
"KW AT 304512", "Bestellung 304512", "#KW-AT-304512").  Weights and pack
sizes (2.5 kg, 1000 g, 500 g), servings, protein grams (24 g), dumbbell
weights ("2x 20 kg"), body weights, speeds, product names with digits
("Whey 90", "Bench 300", "Runner 700", "Protein 3K"), postcodes, phone
numbers and prices are not order numbers.

LABELLING RULES

Escalation (expect.escalate)
 E1  true for an explicit request for a person in any wording or language:
     "a human", "someone from the store", an equipment technician, a
     callback, a named colleague, also right after an answered question.
 E2  true for a request to cancel, refund or change an existing order
     (cancel, change the address, a flavour, a size or quantity, add an
     item, switch Click & Collect and delivery, book assembly on an
     order, resend a parcel, exchange an item inside an order, "I want
     my money back"), or to cancel, skip, pause or change a Vorrat for
     the customer ("cancel it for me").
 E3  true for things only staff can do: a real double charge, a charge
     after cancelling an order or the Vorrat, a refund missing for
     weeks, Kraftwerk credit or a gift card that vanished or never
     arrived after the resend, a replacement that arrived damaged again,
     a treadmill or other device repaired under warranty that broke
     again, a warranty claim nobody answered, a parcel marked delivered
     that the customer already looked for, a Swiss customs charge the
     customer disputes, an invoice still wrong after asking, an order
     the customer did not place, someone else's data in the account, a
     deletion that did not happen, a locked-out account after the reset
     steps, an allergic reaction or someone unwell after a product
     (swelling, rash, racing heart, vomiting, a doctor or hospital), a
     failed doping test blamed on a product, legal threats, complaints
     about a staff member, press, athlete and partnership requests.
 E4  true when the customer is stuck or frustrated across several turns
     ("that's not what I asked", the same question a third time).
 E5  false for questions about a policy even with "cancel", "refund",
     "person", "human", "technician", "call" in them: the phone number,
     the e-mail, when people answer the chat, store hours, how to cancel,
     skip or pause Vorrat, what the return policy is, "no need for a
     person, just tell me ...".  A first report of a damaged, leaking or
     melted parcel, of a parcel marked delivered, of a wrong flavour or
     of a treadmill showing an error code gets the steps of the page
     (false).  Mild bloating, tingling after a pre-workout or questions
     about what to do if someone reacts get the page (false); an actual
     reaction or someone unwell after a product is E3.

Intent (expect.intent)
     order_status: a named order (where, status, tracking, when, ready for
       Click & Collect), cancelling or changing an order, resending it.
     return_refund: returns, refunds, money back, exchanges, the Taste
       promise, equipment warranty claims and repairs, a missing refund.
     shipping: countries, prices, times, carriers, cut-off, pickup points,
       freight delivery, carry-in and assembly, Swiss customs and VAT,
       summer shipping, Click & Collect, a late parcel without an order
       number.
     product_info: proteins, bars, supplements and their use, the Vegan
       range, allergens and ingredients, best-before dates, the Kölner
       Liste, what to do when mildly unwell after a product, equipment
       and choosing it, maintenance and spare parts, store services
       (body scan, showroom).
     payment: payment methods, Klarna, EPS, charges, double charges,
       invoices and company invoices, gift cards, Kraftwerk credit,
       discount codes and the student discount.
     account: login, password, details, Vorrat (skip, pause, change,
       cancel, its charges), privacy and deletion, an order the customer
       did not place.
     complaint: something went wrong (damaged, leaking, melted, missing,
       delivered-not-received, someone unwell after a product, staff,
       legal threat, frustration) when the turn does not ask for a person.
     human_request: the judged turn only asks for a person / callback (also
       press, athlete or partnership contact).  When it also states a
       concrete problem, the problem's intent is used.
     other: contact details, chat and phone hours, store hours and address,
       things outside the shop (weather, football, training plans the
       pages do not cover).  greeting / thanks / goodbye for small talk.

Article (expect.article)
     The page that answers the judged turn.  Product facts and order facts
     come from the data (article null).  A hand-over keeps the page that
     governs the matter raised in the conversation; it is null when only a
     person is asked for or no page governs (unknown order, staff, legal,
     an order the customer did not place).

mustMention: short exact strings from the governing page (or the data when
the article is null); non-English turns use only numbers, prices, e-mail
addresses, phone numbers, web addresses and tracking numbers; a decimal
is split into its two parts ("7", "90") so that "7,90 €" and "€7.90" both
count.  Hand-overs carry none.
mustNotMention: other customers' data and facts the reply must not invent.
"""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import casekit  # the shared case helper, writer and self-check

shop = casekit.Shop("twentythird", "t23", anon=23100, langs={"de", "cs", "sk", "hu", "sl"})
c = shop.c

PH = "+43 1 890 47 20"
MAIL = "service@kraftwerk-nutrition.at"
QUAL = "qualitaet@kraftwerk-nutrition.at"
DSGVO = "datenschutz@kraftwerk-nutrition.at"

# ---------------------------------------------------------------- small talk
for m, it, l in [
    ("hi", "greeting", "en"), ("hello!", "greeting", "en"), ("hey 💪", "greeting", "en"),
    ("servus", "greeting", "de"), ("grüß gott", "greeting", "de"), ("grüezi mitenand", "greeting", "de"),
    ("hallo zusammen", "greeting", "de"), ("dobrý den", "greeting", "cs"), ("ahoj", "greeting", "cs"),
    ("dobrý deň", "greeting", "sk"), ("jó napot kívánok", "greeting", "hu"), ("szia", "greeting", "hu"),
    ("živjo", "greeting", "sl"), ("dober dan", "greeting", "sl"),
    ("thanks, that helps!", "thanks", "en"), ("cheers mate", "thanks", "en"),
    ("danke dir, passt!", "thanks", "de"), ("merci vielmal", "thanks", "de"), ("vielen dank für die schnelle antwort", "thanks", "de"),
    ("děkuji moc", "thanks", "cs"), ("ďakujem pekne", "thanks", "sk"), ("köszönöm szépen!", "thanks", "hu"), ("hvala lepa", "thanks", "sl"),
    ("bye", "goodbye", "en"), ("baba, schönen tag noch", "goodbye", "de"), ("tschüss", "goodbye", "de"),
    ("na shledanou", "goodbye", "cs"), ("viszontlátásra", "goodbye", "hu"), ("lep dan še naprej, adijo", "goodbye", "sl"),
]:
    c(m, False, it, None, l=l)

# ------------------------------------------- contact, phone and chat hours
for m, mm, l in [
    ("whats your phone number", [PH], "en"),
    ("what's the customer service email?", [MAIL], "en"),
    ("when are actual humans on this chat?", ["8:00–20:00"], "en"),
    ("is the chat staffed on saturdays", ["9:00–15:00"], "en"),
    ("until what time can I call you on weekdays", ["9:00–18:00"], "en"),
    ("can I write to you in czech by email?", ["Czech"], "en"),
    ("how does the callback thing work", ["kraftwerk-nutrition.at/rueckruf"], "en"),
    ("no need for a person, just tell me the email for data protection stuff", [DSGVO], "en"),
    ("not asking for an agent, just: which e-mail for gym orders? I run a small crossfit box", ["b2b@kraftwerk-nutrition.at"], "en"),
    ("where do I report a quality problem with a tub, which address", [QUAL], "en"),
    ("wie lautet eure telefonnummer?", [PH], "de"),
    ("wann sind bei euch echte mitarbeiter im chat?", ["8:00"], "de"),
    ("Welche E-Mail-Adresse hat der Kundenservice?", [MAIL], "de"),
    ("kann man euch am samstag anrufen?", [], "de"),
    ("wie isch öii telefonnummere?", [PH], "de"),
    ("jaké je vaše telefonní číslo?", [PH], "cs"),
    ("můžu vám psát česky na e-mail?", [MAIL], "cs"),
    ("aký je e-mail na zákaznícky servis?", [MAIL], "sk"),
    ("mi az ügyfélszolgálat e-mail címe?", [MAIL], "hu"),
    ("mikor van élő ügyintéző a chaten?", ["8:00"], "hu"),
    ("kakšna je vaša telefonska številka?", [PH], "sl"),
]:
    c(m, False, "other", "contact", mm, l=l)

# ----------------------------------------------------- the Vienna store
for m, mm, l in [
    ("where exactly is your store in vienna", ["Mariahilfer Straße 120"], "en"),
    ("store open on sunday?", ["closed"], "en"),
    ("what time do you close on saturday", ["9:30–18:00"], "en"),
    ("nearest ubahn to your shop?", ["Zieglergasse"], "en"),
    ("hours on christmas eve?", ["9:30–14:00"], "en"),
    ("wie lang habt's heut offen im geschäft?", ["19:00"], "de"),
    ("habt ihr am samstag offen?", ["18:00"], "de"),
    ("kde přesně máte prodejnu ve Vídni?", ["120"], "cs"),
    ("mikor van nyitva a bécsi üzlet?", ["10:00"], "hu"),
]:
    c(m, False, "other", "vienna-store", mm, l=l)
for m, mm, l in [
    ("what does the body scan in your store cost", ["€15"], "en"),
    ("can i try the treadmills somewhere before buying one?", ["showroom"], "en"),
    ("if I buy a treadmill in the store can i take it home right away", ["freight"], "en"),
    ("can I taste flavours in the store before buying a big tub", ["sample bar"], "en"),
    ("kann ich im geschäft mit klarna zahlen?", [], "de"),
    ("Kann ma bei euch im G'schäft die Laufbänder ausprobieren?", [], "de"),
    ("koľko stojí meranie InBody u vás v obchode?", ["15"], "sk"),
]:
    c(m, False, "product_info", "vienna-store", mm, l=l)

# ---------------------------------------------------------- Click & Collect
for m, mm, l in [
    ("can I pick up my order in vienna instead of delivery", ["Click & Collect"], "en"),
    ("how long until a click and collect order is ready", ["2 hours"], "en"),
    ("how long do you keep my pickup order?", ["10 days"], "en"),
    ("can my boyfriend pick up my order for me", ["order e-mail"], "en"),
    ("can I collect a treadmill at mariahilfer strasse to save on freight", ["cannot be collected"], "en"),
    ("wie lange liegt meine abholung im geschäft?", ["10"], "de"),
    ("kann meine mama das packerl für mich abholen?", [], "de"),
    ("můžu si objednávku vyzvednout osobně ve Vídni?", [], "cs"),
    ("meddig tartjátok meg a személyes átvételre váró rendelést?", ["10"], "hu"),
]:
    c(m, False, "shipping", "click-collect", mm, l=l)

# ---------------------------------------------------------- outside the shop
for m, l in [
    ("what's the weather in vienna this weekend", "en"),
    ("who won the rapid vs austria derby yesterday", "en"),
    ("can you make me a 12 week marathon training plan", "en"),
    ("any good vegan restaurants near westbahnhof?", "en"),
    ("wie wird das wetter morgen in wien?", "de"),
    ("wer wird heuer österreichischer meister, salzburg oder sturm?", "de"),
    ("kannst du mir einen trainingsplan für 4 tage die woche schreiben?", "de"),
    ("jaké bude zítra počasí v Brně?", "cs"),
    ("ki nyerte tegnap a Fradi meccset?", "hu"),
    ("mi lahko napišeš načrt treninga za tek na 10 km?", "sl"),
]:
    c(m, False, "other", None, l=l)

# ------------------------------------------------------------------ shipping
for m, mm, l in [
    ("how much is shiping in austria", ["€4.90"], "en"),
    ("from what amount is delivery free in austria?", ["€49"], "en"),
    ("do u ship to germany, how much", ["€5.90"], "en"),
    ("shipping to budapest price?", ["€8.90"], "en"),
    ("free shipping to slovakia from how much", ["€79"], "en"),
    ("if i order at 1pm does it leave today?", ["14:00"], "en"),
    ("which carrier do you use for czechia", ["PPL"], "en"),
    ("do you ship to italy? I live in bolzano", ["Italy"], "en"),
    ("can i get a 2.5 kg tub and a 2x 20 kg dumbbell set in one parcel? how heavy can a parcel be", ["31.5 kg"], "en"),
    ("is delivery free with vorrat?", ["free"], "en"),
    ("was kostet der versand nach deutschland?", ["5", "90"], "de"),
    ("ab wie viel euro ist der versand in österreich gratis?", ["49"], "de"),
    ("liefert ihr auch nach liechtenstein?", [], "de"),
    ("wenn i heut um 15 uhr bestell, wann kommt's?", ["14:00"], "de"),
    ("Hoi, was chostet de Versand id Schwiiz?", ["14", "90"], "de"),
    ("kolik stojí doprava do Česka?", ["7", "90"], "cs"),
    ("od jaké částky je doprava zdarma?", [], "cs"),
    ("koľko stojí poštovné na Slovensko a kto to doručuje?", ["7", "90"], "sk"),
    ("mennyi a szállítási díj Magyarországra?", ["8", "90"], "hu"),
    ("hány nap alatt ér ide a csomag Győrbe?", [], "hu"),
    ("koliko stane poštnina v Slovenijo?", ["7", "90"], "sl"),
    ("od katerega zneska je dostava brezplačna?", [], "sl"),
]:
    c(m, False, "shipping", "shipping", mm, l=l)

# ---------------------------------------------------- freight and assembly
for m, mm, l in [
    ("how is the treadmill delivered", ["DB Schenker"], "en"),
    ("will the driver bring the rack up to my 3rd floor flat?", ["kerbside"], "en"),
    ("how much is freight for a treadmill to germany", ["€69"], "en"),
    ("can you assemble the runner 700 for me? I'm in mödling", ["€99"], "en"),
    ("carry-in to my basement gym, what does that cost", ["€59"], "en"),
    ("what if I'm not home when the freight comes", ["€39"], "en"),
    ("the box looks damaged when the pallet arrives, what do I write on the delivery note", ["unter Vorbehalt"], "en"),
    ("can i plug the treadmill into an extension lead", ["extension lead"], "en"),
    ("wann ruft die spedition an wegen dem termin?", ["1–2"], "de"),
    ("Was kostet der Aufbau vom Power Rack in Wien?", ["69"], "de"),
    ("Tragen die mir das Laufband in den 2. Stock rauf?", ["59"], "de"),
    ("jak dlouho trvá doručení běžeckého pásu do Česka?", ["89"], "cs"),
    ("mennyibe kerül a futópad szállítása Magyarországra?", ["89"], "hu"),
    ("ali mi lahko sestavite tekalno stezo v Mariboru?", ["50"], "sl"),
]:
    c(m, False, "shipping", "freight-delivery", mm, l=l)

# ----------------------------------------------------------- Switzerland
for m, mm, l in [
    ("do I pay customs on protein to switzerland?", ["2.6%"], "en"),
    ("what does swiss post charge for clearance", ["CHF 11.50"], "en"),
    ("why did the price go down when I picked switzerland?", ["without Austrian VAT"], "en"),
    ("what happens if I refuse the parcel because of the customs", ["€25"], "en"),
    ("can I get the zündung pre-workout delivered to zurich", ["200 mg"], "en"),
    ("Muss ich in der Schweiz Zoll zahlen für Proteinpulver?", ["2", "6"], "de"),
    ("Grüezi, ich wott es Laufband bstelle uf Bern, was chunnt da no dezue?", ["149"], "de"),
    ("Was kostet mich die MWST bei Hanteln in die Schweiz?", ["8", "1"], "de"),
    ("Wie schick ich aus der Schweiz was zurück?", [], "de"),
]:
    c(m, False, "shipping", "swiss-customs", mm, l=l)

# ------------------------------------------------- order changes, the policy
for m, mm, l in [
    ("how long after ordering can I still change the flavour? not yet, just asking", ["1 hour"], "en"),
    ("until when can a treadmill order be cancelled?", ["2 working days"], "en"),
    ("if i cancel an order when is my money back", ["3–5 working days"], "en"),
    ("can I change the address myself in my account after ordering?", ["cannot change"], "en"),
    ("bis wann kann ich eine bestellung stornieren?", [], "de"),
    ("dá se objednávka ještě zrušit po odeslání?", [], "cs"),
    ("meddig lehet módosítani a rendelést?", [], "hu"),
]:
    c(m, False, "order_status", "order-changes", mm, l=l)

# ------------------------------------------------------------------- returns
for m, mm, l in [
    ("whats ur return policy", ["30 days"], "en"),
    ("i opened a tub of whey 90 and hate it, can i send it back, it's 95% full", ["cannot be returned"], "en"),
    ("first time buying isolate pure and the flavour is disgusting, anything you can do?", ["different flavour"], "en"),
    ("how do I return something without a printer", ["QR code"], "en"),
    ("is the return free from hungary?", ["€7.90"], "en"),
    ("how long does the refund take after you get it back", ["14 days"], "en"),
    ("can I return the treadmill if it's too loud for our flat? we've only tried it twice", ["€49"], "en"),
    ("can i return outlet stuff with a short date", ["not returnable"], "en"),
    ("Kann ich ein geöffnetes Proteinpulver zurückschicken?", [], "de"),
    ("wie lange hab ich zeit zum zurückschicken?", ["30"], "de"),
    ("Isch d'Retour us Dütschland gratis?", [], "de"),
    ("Kann ich im Geschäft umtauschen statt zurückschicken?", [], "de"),
    ("můžu vrátit neotevřený protein?", ["30"], "cs"),
    ("koľko stojí vrátenie tovaru zo Slovenska?", ["7", "90"], "sk"),
    ("vissza lehet küldeni a bontatlan kreatint?", ["30"], "hu"),
    ("kako vrnem izdelek in kdaj dobim denar nazaj?", ["14"], "sl"),
]:
    c(m, False, "return_refund", "returns", mm, l=l)

# --------------------------------------- damaged, leaking, melted: first report
for m, mm, it, l in [
    ("the whey tub arrived cracked and there's powder all over the box", ["7 days"], "complaint", "en"),
    ("my bars arrived all melted and now they have a weird white film, are they mouldy?", ["fat bloom"], "complaint", "en"),
    ("got vanilla instead of chocolate", ["14 days"], "complaint", "en"),
    ("only half my order came, the bench is missing", ["split"], "complaint", "en"),
    ("my protein powder has lumps after sitting in the heat, can I still use it", ["safe to use"], "product_info", "en"),
    ("the treadmill box was crushed on one corner, I signed unter vorbehalt, what now?", ["delivery note"], "complaint", "en"),
    ("Die Dose ist kaputt angekommen, überall Pulver im Karton", [MAIL], "complaint", "de"),
    ("Heast, die Riegel san komplett zerronnen im Packerl", ["7"], "complaint", "de"),
    ("Ich habe Beere statt Schoko bekommen", ["14"], "complaint", "de"),
    ("tyčinky přišly úplně roztečené", ["7"], "complaint", "cs"),
    ("a doboz összetörve érkezett, kiszóródott a por", ["7"], "complaint", "hu"),
    ("paket je prišel poškodovan, posoda je počena", ["kraftwerk-nutrition.at/schaden"], "complaint", "sl"),
]:
    c(m, False, it, "damaged-parcels", mm, l=l)

# -------------------------------------------------------- summer and heat
for m, mm, l in [
    ("is it safe to order protein bars in july? it's 35 degrees here", ["Monday to Wednesday"], "en"),
    ("do you ship bars with cool packs in summer?", ["insulating bag"], "en"),
    ("can I keep my protein in the car for after the gym", ["60 °C"], "en"),
    ("my bar order from friday still hasn't left, why", ["Monday to Wednesday"], "en"),
    ("Verschickt ihr Schokoriegel auch im Sommer?", [], "de"),
    ("Darf ich die Riegel in den Kühlschrank legen?", [], "de"),
    ("posíláte tyčinky i v létě, když je vedro?", [], "cs"),
    ("nyáron is küldtök fehérjeszeletet?", [], "hu"),
]:
    c(m, False, "shipping", "summer-shipping", mm, l=l)

# --------------------------------------------- late or lost: first report
for m, mm, it, l in [
    ("tracking says delivered but there's nothing here", ["letterbox"], "complaint", "en"),
    ("Post says zugestellt at 10:42 but I was home all morning, nobody rang, not in the letterbox. what do I do?", ["next working day"], "complaint", "en"),
    ("my parcel hasnt moved in tracking for days", ["5 working days"], "shipping", "en"),
    ("I didn't pick up my parcel from the Post-Partner in time, what now", ["shipping price"], "shipping", "en"),
    ("I typed the wrong street number, parcel is already on the way", ["tracking link"], "shipping", "en"),
    ("Laut Sendungsverfolgung zugestellt, aber ich hab nix bekommen", [], "complaint", "de"),
    ("Mein Paket ist seit einer Woche unterwegs und bewegt sich nicht", ["5"], "shipping", "de"),
    ("zásilka je podle sledování doručená, ale nic jsem nedostal", [], "complaint", "cs"),
    ("zásielka sa už týždeň nehýbe", ["5"], "shipping", "sk"),
    ("a követés szerint kézbesítve, de nem kaptam meg", [], "complaint", "hu"),
    ("piše dostavljeno, ampak paketa ni nikjer", [], "complaint", "sl"),
]:
    c(m, False, it, "delivery-problems", mm, l=l)

# ------------------------------------------------------------- best-before
for m, mm, l in [
    ("how long is the best before on protein you send", ["3 months"], "en"),
    ("my whey expired 2 months ago, still ok to drink?", ["best-before date is not a use-by date"], "en"),
    ("how long is an opened tub of whey good for", ["3 months"], "en"),
    ("why is the outlet whey so cheap", ["Outlet"], "en"),
    ("label says mindestens haltbar bis ende 08/2026, what day is that", ["31 August 2026"], "en"),
    ("my creatine arrived with only 6 weeks left on the date", ["14 days"], "en"),
    ("Wie lange ist das Kreatin nach dem Öffnen haltbar?", ["6"], "de"),
    ("Ist das MHD bei euch immer mindestens 3 Monate?", ["3"], "de"),
    ("jak dlouho vydrží otevřený protein?", ["3"], "cs"),
    ("meddig jó a fehérje felbontás után?", ["3"], "hu"),
]:
    c(m, False, "product_info", "best-before", mm, l=l)

# ---------------------------------------------------------------- allergens
for m, mm, l in [
    ("is whey 90 ok if im lactose intolerant?", ["0.5 g"], "en"),
    ("does the vegan protein contain soy", ["soy-free"], "en"),
    ("severe peanut allergy - can I eat the crisp bars?", ["traces"], "en"),
    ("are your oats gluten free", ["contain gluten"], "en"),
    ("what sweetener is in your protein?", ["sucralose"], "en"),
    ("the label on my tub says something different from the website, which is right?", ["label"], "en"),
    ("Ist Isolate Pure laktosefrei?", ["0", "5"], "de"),
    ("Enthält das Whey Soja?", [], "de"),
    ("obsahují vaše tyčinky lepek?", ["20"], "cs"),
    ("tartalmaz laktózt a vegán fehérje?", [], "hu"),
    ("ali vaši izdelki vsebujejo oreščke?", [], "sl"),
    ("obsahuje omega-3 ryby? som alergický", [], "sk"),
]:
    c(m, False, "product_info", "allergens", mm, l=l)

# ------------------------------------------ mild effects and safety questions
for m, mm, l in [
    ("whey makes me bloated, any tips?", ["half a serving"], "en"),
    ("my face tingles after taking zündung, is that normal", ["beta-alanine"], "en"),
    ("took the pre-workout at 7pm and couldn't sleep lol", ["16:00"], "en"),
    ("what should I do if someone has an allergic reaction to one of your products? just asking for our gym's first aid sheet", ["144"], "en"),
    ("what's the austrian poison centre number? my toddler likes to grab stuff", ["+43 1 406 43 43"], "en"),
    ("creatine gives me stomach cramps", ["with a meal"], "en"),
    ("Nach dem Whey hab ich immer Blähungen, was tun?", [], "de"),
    ("Kribbeln nach dem Booster, ist das gefährlich?", ["30"], "de"),
    ("jaké je číslo záchranky v Česku? jen pro jistotu", ["155"], "cs"),
    ("mi a mentők száma Magyarországon?", ["104"], "hu"),
]:
    c(m, False, "product_info", "feeling-unwell", mm, l=l)

# ------------------------------------------------------------ Kölner Liste
for m, mm, l in [
    ("which of your products are on the kölner liste", ["Whey 90"], "en"),
    ("i compete in powerlifting and get tested, is your creatine safe", ["koelnerliste.com"], "en"),
    ("does kölner liste mean 100% doping free?", ["100%"], "en"),
    ("is the vegan protein doping tested?", ["not yet"], "en"),
    ("how do I check my batch on the cologne list", ["LOT"], "en"),
    ("is caffeine banned in competition? thinking of taking zündung before a meet", ["nada.at"], "en"),
    ("Ist euer EAA auf der Kölner Liste?", [], "de"),
    ("Wo finde ich die Chargennummer für die Kölner Liste?", [], "de"),
    ("je váš kreatin testovaný na doping?", ["koelnerliste.com"], "cs"),
    ("a Whey 90 szerepel a Kölner Listén?", [], "hu"),
    ("je vaš protein na Kölner Liste? tekmujem v triatlonu", ["koelnerliste.com"], "sl"),
]:
    c(m, False, "product_info", "koelner-liste", mm, l=l)

# ---------------------------------------------------------------- warranty
for m, mm, l in [
    ("how long is the warranty on your treadmills", ["2 years"], "en"),
    ("my treadmill shows error E05 and won't start, bought in march", ["kraftwerk-nutrition.at/garantie"], "en"),
    ("where is the serial number on the runner 700", ["serial number"], "en"),
    ("is the motor covered after 3 years?", ["5 years"], "en"),
    ("the upholstery on my bench 300 is worn after a year, warranty?", ["upholstery"], "en"),
    ("we use your bench in our small studio with clients, is it still covered", ["commercial"], "en"),
    ("Laufband geht nicht mehr an, was muss ich tun?", ["kraftwerk-nutrition.at/garantie"], "de"),
    ("Wie lange dauert's bis ein Techniker kommt?", ["10"], "de"),
    ("na činkách se rozbil zámek, je to v záruce? koupené před půl rokem", ["kraftwerk-nutrition.at/garantie"], "cs"),
    ("a futópad hibakódot ír ki, mit tegyek?", ["kraftwerk-nutrition.at/garantie"], "hu"),
    ("koliko časa je garancija na sobno kolo?", ["2"], "sl"),
]:
    c(m, False, "return_refund", "warranty", mm, l=l)

# --------------------------------------------------- maintenance, spare parts
for m, mm, l in [
    ("how often do I need to oil the treadmill", ["every 3 months"], "en"),
    ("can i use wd40 on my running belt? it squeaks", ["WD-40"], "en"),
    ("the belt drifts to the left, how do I fix it", ["quarter turn"], "en"),
    ("lost the safety key for my treadmill, where do I get a new one", ["ersatzteile@kraftwerk-nutrition.at"], "en"),
    ("how long will you have spare parts for the bike", ["7 years"], "en"),
    ("Welches Öl für's Laufband?", [], "de"),
    ("Mein Laufband quietscht, was kann ich tun?", [], "de"),
    ("jak často se má mazat běžecký pás?", ["150"], "cs"),
    ("hol tudok alkatrészt rendelni a szobabiciklihez?", ["ersatzteile@kraftwerk-nutrition.at"], "hu"),
]:
    c(m, False, "product_info", "equipment-care", mm, l=l)

# -------------------------------------------------------------------- Vorrat
for m, mm, l in [
    ("how does vorrat work", ["10% off"], "en"),
    ("is there a minimum term on the protein subscription?", ["no minimum term"], "en"),
    ("how do i cancle vorrat", ["Cancel Vorrat"], "en"),
    ("not cancelling yet, just asking: is there a fee to cancel vorrat?", ["no fee"], "en"),
    ("how do I skip next month's delivery? still have half a tub", ["Skip next delivery"], "en"),
    ("going to thailand for 2 months, can I pause my vorrat", ["1 to 3 months"], "en"),
    ("can I switch flavour in my vorrat to vanilla", ["Change Vorrat"], "en"),
    ("can I pay vorrat with klarna?", ["PayPal"], "en"),
    ("when do you charge for the vorrat", ["3 days before dispatch"], "en"),
    ("no need for a human, just tell me how to pause it", ["Pause"], "en"),
    ("if I cancel today do I still get the delivery you charged yesterday?", ["still sent"], "en"),
    ("can i use my WILLKOMMEN10 code on vorrat?", [], "en"),
    ("Wie kündige ich meinen Vorrat?", [], "de"),
    ("Kann ich den Vorrat pausieren? Bin im August auf Urlaub", ["3"], "de"),
    ("wie chan ich e Liferig überspringe?", [], "de"),
    ("jak zruším předplatné Vorrat?", [], "cs"),
    ("môžem predplatné pozastaviť na mesiac?", ["3"], "sk"),
    ("hogyan tudom lemondani a Vorrat előfizetést?", [], "hu"),
    ("kako prekinem naročnino Vorrat?", [], "sl"),
    ("kolik procent ušetřím s Vorrat?", ["10%"], "cs"),
]:
    c(m, False, "account", "vorrat", mm, l=l)

# ------------------------------------------------------------------- payment
for m, mm, l in [
    ("wat payment methods do u take", ["PayPal"], "en"),
    ("can I pay with eps?", ["EPS"], "en"),
    ("can i pay the treadmill in instalments", ["3 instalments"], "en"),
    ("do you do cash on delivery", ["cash on delivery"], "en"),
    ("can I pay with twint from switzerland", ["TWINT"], "en"),
    ("there are 2 payments for one order on my card, is that a mistake?", ["5–7 working days"], "en"),
    ("payment failed but I see money reserved on my account", ["reservation"], "en"),
    ("Kann ich auf Rechnung zahlen?", ["30"], "de"),
    ("Geht Zahlung mit Apple Pay?", [], "de"),
    ("můžu platit kartou v korunách?", [], "cs"),
    ("lehet utánvéttel fizetni?", [], "hu"),
    ("ali lahko plačam po povzetju?", [], "sl"),
]:
    c(m, False, "payment", "payment", mm, l=l)

# ------------------------------------------------------------------ invoices
for m, mm, l in [
    ("where can I download my invoice", ["My orders"], "en"),
    ("I need an invoice with my company's VAT number", ["UID number"], "en"),
    ("forgot the company name on the invoice, ordered last week, can it be added?", ["30 days"], "en"),
    ("we're a german gmbh, do we pay austrian vat?", ["reverse charge"], "en"),
    ("Ich brauche eine Rechnung mit UID-Nummer", [], "de"),
    ("potřebuji fakturu na firmu s DIČ", [], "cs"),
    ("számlát kérek céges adószámmal", [], "hu"),
    ("potrebujem faktúru na firmu, kde to zadám?", [], "sk"),
]:
    c(m, False, "payment", "invoices", mm, l=l)

# ---------------------------------------------------------------- gift cards
for m, mm, l in [
    ("how long is a gift card valid", ["3 years"], "en"),
    ("what amounts do the gift cards come in", ["€20 to €300"], "en"),
    ("how do i check my gutschein balance", ["Check balance"], "en"),
    ("can i use a gift card for my vorrat?", ["Vorrat"], "en"),
    ("where do I see my store credit from a return", ["My credit"], "en"),
    ("Wie lange ist ein Gutschein gültig?", ["3"], "de"),
    ("Kann ich den Gutschein im Geschäft einlösen?", [], "de"),
    ("meddig érvényes az ajándékkártya?", ["3"], "hu"),
]:
    c(m, False, "payment", "gift-cards", mm, l=l)

# -------------------------------------------------------- discount, student
for m, mm, l in [
    ("where do I put a discount code", ["Discount code"], "en"),
    ("can I use two codes on one order", ["One discount code per order"], "en"),
    ("newsletter code doesn't work, says mindestbestellwert", ["minimum"], "en"),
    ("forgot to add my code, can you apply it now?", ["cannot be added"], "en"),
    ("found a 30% code on a coupon site and it doesn't work", ["coupon"], "en"),
    ("does the newsletter code work on dumbbells", ["WILLKOMMEN10"], "en"),
    ("Mein Rabattcode sagt Code abgelaufen", [], "de"),
    ("Gilt der Code auch für Outlet-Sachen?", [], "de"),
    ("kde zadám slevový kód?", [], "cs"),
]:
    c(m, False, "payment", "discount-codes", mm, l=l)
for m, mm, l in [
    ("do you have a student discount", ["15%"], "en"),
    ("how do I verify as a student? I'm at TU wien", ["kraftwerk-nutrition.at/studierende"], "en"),
    ("is the student discount valid on treadmills", ["5%"], "en"),
    ("can I combine student discount with willkommen10?", ["cannot be combined"], "en"),
    ("Gibt's einen Studentenrabatt? Bin auf der WU", ["15"], "de"),
    ("Krieg ich als Lehrling auch Rabatt?", [], "de"),
    ("máte studentskou slevu? studuji v Brně", ["15"], "cs"),
    ("van diákkedvezmény?", ["15"], "hu"),
    ("ali imate študentski popust?", ["15"], "sl"),
]:
    c(m, False, "payment", "student-discount", mm, l=l)

# ------------------------------------------------------------------- account
for m, mm, l in [
    ("forgot my pasword", ["Forgot password?"], "en"),
    ("reset link says expired", ["60 minutes"], "en"),
    ("never got the password email", ["spam"], "en"),
    ("my account is locked after trying passwords", ["30 minutes"], "en"),
    ("how do i change my email address", ["My details"], "en"),
    ("I always ordered as guest, can I see those orders in a new account?", ["same e-mail address"], "en"),
    ("Passwort vergessen, was tun?", ["60"], "de"),
    ("zapomněl jsem heslo", [], "cs"),
    ("elfelejtettem a jelszavam", [], "hu"),
    ("pozabil sem geslo", ["60"], "sl"),
]:
    c(m, False, "account", "account", mm, l=l)

# ------------------------------------------------------------------- privacy
for m, mm, l in [
    ("how do I delete my account", ["Delete account"], "en"),
    ("how long do you keep my invoices after I delete my account", ["7 years"], "en"),
    ("who can see my body scan results?", ["Vienna store"], "en"),
    ("do you sell my data to other companies?", ["never sell"], "en"),
    ("Wie lösche ich mein Konto?", [], "de"),
    ("Ich möchte eine DSGVO-Auskunft, wohin schreibe ich?", [DSGVO], "de"),
    ("jak smažu svůj účet?", ["30"], "cs"),
]:
    c(m, False, "account", "privacy", mm, l=l)

# ---------------------------------------------------- protein, vegan, gear
for m, mm, l in [
    ("whats the difference between whey 90 and isolate pure", ["27 g"], "en"),
    ("how many servings in a 1000 g tub", ["33 servings"], "en"),
    ("I weigh 82 kg and train 4x a week, how much protein per day", ["1.2 to 2.0 g"], "en"),
    ("how do i mix the protein without lumps", ["300 ml"], "en"),
    ("how much creatine per day? do I need a loading phase", ["3–5 g"], "en"),
    ("can my 14 year old son drink protein shakes", ["16"], "en"),
    ("can you give me a meal plan for cutting?", ["dietitian"], "en"),
    ("Wie viel Kreatin soll ich nehmen?", ["3–5"], "de"),
    ("Wieviele Portionen hat die 2.5 kg Dose?", ["83"], "de"),
    ("mennyi fehérje van egy adagban a Whey 90-ben?", ["24"], "hu"),
    ("koliko beljakovin potrebujem na dan? tehtam 70 kg", [], "sl"),
    ("můžu péct s neutrálním proteinem?", ["180"], "cs"),
]:
    c(m, False, "product_info", "protein-guide", mm, l=l)
for m, mm, l in [
    ("which of your products are vegan?", ["V-Label"], "en"),
    ("are the omega 3 capsules vegan", ["not vegan"], "en"),
    ("the vegan protein is so thick, how much water", ["350 ml"], "en"),
    ("Ist das vegane Protein wirklich ohne Milch? Hab eine Milchallergie", [], "de"),
    ("je vaše vitamín D vegánsky?", [], "sk"),
    ("a vegán fehérje milyen növényekből készül?", ["21"], "hu"),
]:
    c(m, False, "product_info", "vegan-range", mm, l=l)
for m, mm, l in [
    ("walking pad or treadmill for running 10k?", ["18 km/h"], "en"),
    ("I'm 125 kg, which treadmill can take my weight", ["140 kg"], "en"),
    ("how much space does the walking pad need", ["150 x 60 cm"], "en"),
    ("what's the max load of the bench 300", ["300 kg"], "en"),
    ("we live in a flat on the 4th floor, will a treadmill annoy the neighbours?", ["walking pad"], "en"),
    ("can you write me a training plan for the runner 700?", ["training plans"], "en"),
    ("Welche Hantelbank ist klappbar?", ["150"], "de"),
    ("Hält Parkett ein Laufband aus?", [], "de"),
    ("jaký je rozdíl mezi walking padem a běžeckým pásem?", ["6"], "cs"),
    ("milyen vastag szőnyeg kell a futópad alá?", ["10"], "hu"),
]:
    c(m, False, "product_info", "equipment-guide", mm, l=l)

# ------------------------------------------------- products (data answers)
for m, mm, l in [
    ("how much is whey 90 chocolate 1000 g", ["32.9"], "en"),
    ("is the salted caramel whey in stock?", [], "en"),
    ("how much caffeine is in zündung per serving", ["200 mg"], "en"),
    ("what's the price of the 2x 20 kg adjustable dumbbells", ["149"], "en"),
    ("how heavy is the walking pad", ["24 kg"], "en"),
    ("how many bars in a box of the crisp bars and how much protein", ["20 g"], "en"),
    ("is the steel shaker dishwasher safe", ["not dishwasher safe"], "en"),
    ("what incline does the runner 700 have", ["15%"], "en"),
    ("how much is the treadmill oil", ["12.9"], "en"),
    ("are the resistance bands latex?", ["latex"], "en"),
    ("Was kostet das Isolate Pure?", ["39", "9"], "de"),
    ("Wieviel kostet die 16 kg Kettlebell?", ["44", "9"], "de"),
    ("kolik stojí kreatin 500 g?", ["24", "9"], "cs"),
    ("koľko stojí vegánsky proteín 3K?", ["34", "9"], "sk"),
    ("mennyibe kerül a Bench 150?", ["119"], "hu"),
    ("koliko stane magnezij?", ["14", "9"], "sl"),
]:
    c(m, False, "product_info", None, mm, l=l)

# ------------------------------------------------------- order status (data)
for m, mm, mnm, l, cu in [
    ("where is my order KW-AT-304512?", ["shipped", "1042150345120043"], [], "en", "u23001"),
    ("kwat304512 tracking pls", ["1042150345120043"], [], "en", "u23001"),
    ("did my creatine from may arrive?", ["delivered"], [], "en", "u23001"),
    ("Wo ist meine Bestellung 304512?", ["1042150345120043"], [], "de", "u23001"),
    ("where's #KW-DE-304530", ["00340434161745304530"], [], "en", "u23002"),
    ("Wo bleibt mein Paket KW DE 304530? Isolate und Riegel", ["00340434161745304530"], [], "de", "u23002"),
    ("Grüezi, wo isch mini Bstellig KW-CH-304488?", ["99.60.118304.48840211"], [], "de", "u23003"),
    ("kde je moje objednávka KW-CZ-304551?", [], [], "cs", "u23005"),
    ("kde je moja objednávka 304420?", ["Z2094044203"], [], "sk", "u23006"),
    ("hol tart a KW-HU-304467 rendelésem? súlyzók", ["70143044670"], [], "hu", "u23007"),
    ("has my treadmill order KW-AT-304590 left the warehouse yet?", ["paid"], [], "en", "u23008"),
    ("status of order 304601?", ["paid"], [], "en", "u23009"),
    ("kje je moje naročilo KW-SI-304399?", ["70143043990"], [], "sl", "u23010"),
    ("where is my rack and bench, KW-AT-303770", ["SCHAT4418837700"], [], "en", "u23018"),
    ("wann kommt mein Rack? KW AT 303770", ["SCHAT4418837700"], [], "de", "u23018"),
    ("is my walking pad order 304633 confirmed? it says pending", ["pending"], [], "en", "u23020"),
    ("kje je moje sobno kolo? KW-SI-304471", ["SCHSI4418844710"], [], "sl", "u23021"),
    ("did my last vorrat delivery arrive, the one from june", ["delivered"], [], "en", "u23022"),
    ("just checking KW-AT-304005 really got cancelled", ["cancelled"], [], "en", "u23033"),
    ("kje je paket KW-SI-304280?", ["70143042800"], [], "sl", "u23034"),
    ("Wo ist die Sicherheitsschlüssel-Bestellung? kwat304489", ["1042150344890027"], [], "de", "u23037"),
    ("kde je zásielka s kreatínom? KW-SK-304501", ["Z2094045012"], [], "sk", "u23038"),
    ("hol van a nagy vaníliás fehérjém? KW-HU-304299", ["70143042990"], [], "hu", "u23041"),
    ("where's my order with the bars? ordered tuesday evening", ["1042150345990081"], [], "en", "u23046"),
    ("is my 3x whey order KW-AT-304620 ready for pickup yet?", ["paid"], [], "en", "u23042"),
    ("did the refund for KW-SK-303905 go through? what does it say", ["refunded"], [], "en", "u23025"),
]:
    c(m, False, "order_status", None, mm, mnm, l=l, cu=cu)
# someone else's order / no such order / no number at all
for m, mnm, l in [
    ("where is order KW-AT-304512?", ["1042150345120043"], "en"),
    ("Wo ist Bestellung KW-DE-304530?", ["00340434161745304530"], "de"),
    ("kde je objednávka KW-CZ-309999?", [], "cs"),
    ("where's my protein? ordered 2 tubs of whey last week", ["1042150345120043"], "en"),
]:
    c(m, False, "order_status", None, [], mnm, l=l)
# orders whose timing a page explains
c("when will my treadmill KW-AT-304590 come? ordered yesterday", False, "order_status", "freight-delivery", ["5–8 working days"], cu="u23008")
c("will I have to pay anything when KW-CH-304366 arrives?", False, "shipping", "swiss-customs", ["8.1%"], cu="u23027")
c("Muss ich für KW-CH-304488 noch etwas an die Post zahlen?", False, "shipping", "swiss-customs", ["2", "6"], l="de", cu="u23003")
c("my bike KW-SI-304471 is on the way, will they call me before?", False, "order_status", "freight-delivery", ["1–2 working days"], cu="u23021")

# ============================================================ hand-overs
# --------------------------------------------- explicit asks for a person
for m, l in [
    ("can I talk to a real person", "en"),
    ("human pls", "en"),
    ("agent", "en"),
    ("I'd like to speak to one of your equipment technicians, not a bot", "en"),
    ("could someone from the store on mariahilfer strasse call me?", "en"),
    ("put me through to customer service please", "en"),
    ("can i speak to Lukas? he sold me the bench last week", "en"),
    ("please have someone ring me on +43 660 418 22 91, after 5 is best", "en"),
    ("id rather talk to a human tbh", "en"),
    ("I would like to be contacted by a member of your staff regarding my purchase.", "en"),
    ("get me someone who actually knows about treadmills", "en"),
    ("Kann ich bitte mit einem Menschen reden?", "de"),
    ("I hätt gern an echten Mitarbeiter, bitte", "de"),
    ("Ich möchte mit einem Mitarbeiter sprechen.", "de"),
    ("Kann mich jemand zurückrufen? 0664 201 77 45", "de"),
    ("Chan ich bitte mit emne Mönsch rede?", "de"),
    ("Verbinden Sie mich bitte mit dem Kundendienst.", "de"),
    ("Rufts mi bitte zurück, des is am Telefon leichter zum Erklären", "de"),
    ("můžu mluvit s živým člověkem?", "cs"),
    ("chci mluvit s operátorem", "cs"),
    ("zavolá mi prosím někdo zpátky? 602 418 337", "cs"),
    ("môžem hovoriť s nejakým človekom?", "sk"),
    ("chcem hovoriť s operátorom, nie s robotom", "sk"),
    ("beszélhetnék egy élő ügyintézővel?", "hu"),
    ("kérem, hívjon vissza valaki", "hu"),
    ("lahko govorim z osebo?", "sl"),
    ("želim govoriti z nekom iz trgovine", "sl"),
    ("me lahko kdo pokliče nazaj?", "sl"),
]:
    c(m, True, "human_request", None, l=l)

# ------------------------------------------ press, athletes, partnerships
for m, l in [
    ("I'm a journalist at Der Standard writing about the supplement industry, could someone from management contact me?", "en"),
    ("I'm a sponsored triathlete and would love to talk about an ambassador deal, who do I speak to?", "en"),
    ("Wir sind ein Fitnessstudio in Graz und möchten mit jemandem über eine Kooperation sprechen.", "de"),
    ("jsem fitness influencerka se 60k sledujícími a chtěla bych spolupracovat, s kým můžu mluvit?", "cs"),
    ("egy budapesti edzőterem vagyunk, kivel beszélhetnénk viszonteladásról?", "hu"),
]:
    c(m, True, "human_request", "contact", l=l)

# -------------------------------------------- cancel or change an order
for m, it, art, l, cu in [
    ("please cancel my order KW-AT-304601", "order_status", "order-changes", "en", "u23009"),
    ("Bitte storniert meine Bestellung 304601, hab mich vertan", "order_status", "order-changes", "de", "u23009"),
    ("can you change the chocolate whey on 304601 to vanilla? just ordered it", "order_status", "order-changes", "en", "u23009"),
    ("please cancel the treadmill KW-AT-304590, my wife says there's no space", "order_status", "order-changes", "en", "u23008"),
    ("can you add assembly to my treadmill order KW-AT-304590? I'm in Wien 1100", "order_status", "order-changes", "en", "u23008"),
    ("Könnt's bei KW-AT-304590 noch das Reintragen dazubuchen?", "order_status", "order-changes", "de", "u23008"),
    ("please change the address on KW-AT-304577, I moved to Linz", "order_status", "order-changes", "en", "u23015"),
    ("Bitte bei KW-AT-304612 auf Click & Collect umstellen, ich bin eh in der Nähe", "order_status", "order-changes", "de", "u23035"),
    ("can you add a shaker to KW-AT-304620 before I pick it up?", "order_status", "order-changes", "en", "u23042"),
    ("zrušte prosím objednávku KW-CZ-304551", "order_status", "order-changes", "cs", "u23005"),
    ("módosítsátok a KW-HU-304540 szállítási címét, elköltöztem", "order_status", "order-changes", "hu", "u23032"),
    ("can you send KW-DE-304530 to my office instead, I'm never home", "order_status", "order-changes", "en", "u23002"),
    ("please send my parcel KW-SK-304420 again, it went back to you", "order_status", "delivery-problems", "en", "u23006"),
    ("pošlite mi prosím zásielku znova, vrátila sa vám", "order_status", "delivery-problems", "sk", None),
    ("I got 2 tubs of berry in KW-AT-304318 but want to swap one for chocolate, can you exchange it within the order?", "return_refund", "returns", "en", "u23017"),
    ("Kann ich bei KW-AT-304318 eine Beere gegen Schoko tauschen? Sind noch zu", "return_refund", "returns", "de", "u23017"),
    ("I want my money back for the walking pad KW-DE-304060, please just refund it", "return_refund", "returns", "en", "u23036"),
    ("vraťte mi prosím peníze za izolát, nechci ho", "return_refund", "returns", "cs", "u23030"),
    ("cancel my vorrat for me please, the button doesn't load on my phone", "account", "vorrat", "en", "u23022"),
    ("könnt ihr bitte meinen Vorrat für mich kündigen? Ich komm nicht ins Konto", "account", "vorrat", "de", None),
    ("please skip my next vorrat delivery for me, I'm travelling and can't log in", "account", "vorrat", "en", None),
    ("prosím, pozastavte mi předplatné Vorrat, nemůžu se přihlásit", "account", "vorrat", "cs", None),
    ("kérlek mondjátok le helyettem a Vorrat előfizetést", "account", "vorrat", "hu", None),
    ("prosim prekličite mojo naročnino Vorrat, ne najdem gumba", "account", "vorrat", "sl", None),
]:
    c(m, True, it, art, l=l, cu=cu)

# --------------------------------------------- things only staff can do
E = []  # (message, intent, article, lang, customer)
E += [  # charged twice / unknown charge
    ("you charged me twice for KW-AT-304187, 45.70 two times, both still booked after 10 days", "payment", "payment", "en", "u23024"),
    ("Ihr habt für dieselbe Bestellung zweimal abgebucht, beide sind schon gebucht, seit fast zwei Wochen", "payment", "payment", "de", None),
    ("Hallo nochmal. Ich hab letzte Woche schon geschrieben: auf meiner Kreditkarte sind zwei Abbuchungen über 45,70 € für KW-AT-304187, beides keine Vormerkungen, beide gebucht am 23. Ich hätte gern eine zurück.", "payment", "payment", "de", "u23024"),
    ("strhli jste mi peníze dvakrát za stejnou objednávku", "payment", "payment", "cs", None),
    ("kétszer vonták le ugyanazt az összeget, már két hete", "payment", "payment", "hu", None),
    ("there's a charge from kraftwerk nutrition on my card and I've never ordered from you", "payment", None, "en", None),
]
E += [  # charged after cancelling
    ("I cancelled the bench KW-DE-303388 on 2 june and the 318 euros were still taken, it's not a reservation", "payment", "order-changes", "en", "u23012"),
    ("Bestellung storniert und trotzdem 318 € abgebucht, das ist keine Vormerkung", "payment", "order-changes", "de", "u23012"),
    ("zrušila jsem objednávku a peníze mi stejně strhli", "payment", "order-changes", "cs", None),
    ("I cancelled my Vorrat on 1 july, have the confirmation email, and you still charged me and created KW-AT-304628", "account", "vorrat", "en", "u23022"),
    ("Vorrat gekündigt, Bestätigungsmail hab ich, und trotzdem 52,05 abgebucht", "account", "vorrat", "de", "u23022"),
    ("Vorrat je pozastavený, ale aj tak ste mi strhli peniaze", "account", "vorrat", "sk", None),
    ("lemondtam az előfizetést, mégis levontatok pénzt", "account", "vorrat", "hu", None),
]
E += [  # refund missing
    ("returned the 2.5 kg vanilla in june, it says refunded since 18 june and I have nothing", "return_refund", "returns", "en", "u23004"),
    ("Die Erstattung für KW-AT-303961 ist seit drei Wochen nicht da", "return_refund", "returns", "de", "u23004"),
    ("peníze za vrácený kasein KW-CZ-304212 stále nemám, je to přes měsíc", "return_refund", "returns", "cs", "u23014"),
    ("már 5 hete visszaküldtem a csomagot és még mindig nincs meg a pénz", "return_refund", "returns", "hu", None),
    ("Klarna keeps sending reminders for an order I returned ages ago", "payment", "returns", "en", None),
]
E += [  # vanished credit, gift card never arrived
    ("my Kraftwerk credit from the bench return (KW-SK-303905) was in my account and now it's gone, 126.90", "payment", "gift-cards", "en", "u23025"),
    ("moje Guthaben zmizlo z účtu, bolo tam vyše 120 eur", "payment", "gift-cards", "sk", "u23025"),
    ("Mein Guthaben ist einfach weg, war letzte Woche noch da", "payment", "gift-cards", "de", None),
    ("I bought a €50 gift card for my brother (KW-DE-304098), resent it twice from My orders, he still has nothing, not in spam", "payment", "gift-cards", "en", "u23023"),
    ("Der Gutschein ist nie angekommen, auch nach dem erneuten Senden nicht", "payment", "gift-cards", "de", "u23023"),
]
E += [  # replacements damaged again, warranty repairs failed again
    ("the replacement whey you sent also arrived cracked, second time now", "complaint", "damaged-parcels", "en", None),
    ("Die Ersatzriegel san wieder komplett geschmolzen angekommen", "complaint", "damaged-parcels", "de", "u23013"),
    ("my treadmill KW-AT-302215 was repaired under warranty in may and now it shows the same error again", "return_refund", "warranty", "en", "u23011"),
    ("Das Laufband wurde im Mai repariert, jetzt ist der Motor wieder hin. Zum zweiten Mal!", "return_refund", "warranty", "de", "u23011"),
    ("I sent the warranty form with the video 9 days ago and nobody has answered", "return_refund", "warranty", "en", None),
    ("běžecký pás byl v záruce opravený a zase nejde", "return_refund", "warranty", "cs", None),
    ("a szobabicikli javítás után megint nyikorog és akad", "return_refund", "warranty", "hu", None),
]
E += [  # delivered, not received, already looked
    ("DHL says KW-DE-304402 was delivered on the 4th. I've checked letterbox, neighbours and the Packstation, nothing for a week", "complaint", "delivery-problems", "en", "u23016"),
    ("Laut DHL zugestellt, ich hab alle Nachbarn gefragt und den Briefkasten kontrolliert, seit 6 Tagen nichts", "complaint", "delivery-problems", "de", "u23016"),
    ("zásilka je prý doručená, obešla jsem sousedy i výdejnu, nic, už týden", "complaint", "delivery-problems", "cs", None),
    ("paket je označen kot dostavljen, vprašala sem sosede in pošto, nič, že 5 dni", "complaint", "delivery-problems", "sl", None),
]
E += [  # Swiss customs disputed
    ("Swiss Post wants CHF 160 for my treadmill KW-CH-304366, that's way more than 8.1% plus the fee, can't be right", "shipping", "swiss-customs", "en", "u23027"),
    ("D'Poscht will 160 Franke für mis Laufband, das stimmt doch nöd", "shipping", "swiss-customs", "de", "u23027"),
]
E += [  # invoice still wrong, order not placed, someone else's data, deletion, locked out
    ("second time I'm asking: the invoice for our gym order still has no UID number and our accountant won't accept it", "payment", "invoices", "en", None),
    ("there's an order KW-AT-304377 on my account I never placed", "account", None, "en", "u23039"),
    ("Auf meinem Konto ist eine Bestellung über 37,80 €, die ich nicht gemacht habe", "account", None, "de", "u23039"),
    ("na mém účtu je objednávka, kterou jsem neudělal", "account", None, "cs", None),
    ("I logged in and I see someone else's address and orders in my account!", "account", "privacy", "en", None),
    ("látom valaki más címét a fiókomban", "account", "privacy", "hu", None),
    ("I deleted my account in april and I still get your newsletters and vorrat reminders", "account", "privacy", "en", None),
    ("Ich habe vor 2 Monaten die Löschung meiner Daten beantragt, nichts ist passiert", "account", "privacy", "de", None),
    ("zahtevala sem izbris podatkov pred dvema mesecema in še vedno dobivam e-pošto", "account", "privacy", "sl", None),
    ("done forgot password 4 times, no email, not in spam, my vorrat is in there and I can't get in", "account", "account", "en", None),
    ("Passwort-Reset 5x gemacht, keine Mail, auch nicht im Spam. Komm nicht rein.", "account", "account", "de", None),
]
E += [  # someone unwell after a product
    ("took the zündung pre-workout an hour ago and my heart is racing and I feel dizzy", "complaint", "feeling-unwell", "en", "u23019"),
    ("my daughter ate one of the crisp bars and her lips are swelling, she has a nut allergy", "complaint", "feeling-unwell", "en", None),
    ("Nach dem Whey habe ich einen Ausschlag am ganzen Körper bekommen, war beim Arzt", "complaint", "feeling-unwell", "de", None),
    ("po vašom EAA som celú noc zvracal", "complaint", "feeling-unwell", "sk", None),
    ("a pre-workout után a kórházban kötöttem ki szapora szívveréssel", "complaint", "feeling-unwell", "hu", "u23019"),
    ("po beljakovinah imam otekle ustnice in me srbi po vsem telesu", "complaint", "feeling-unwell", "sl", None),
    ("I tested positive in a doping control and the only new thing was your EAA, batch on the kölner liste", "complaint", "koelner-liste", "en", None),
]
E += [  # legal threats and staff
    ("I have written to you three times about my refund and every time I get a polite reply saying it's being checked. If the money isn't there by friday I'm going to the Europäisches Verbraucherzentrum, I've already filled in half the form", "complaint", None, "en", None),
    ("Ich schalte jetzt die Arbeiterkammer ein, wenn das nicht gelöst wird", "complaint", None, "de", None),
    ("pokud to nevyřešíte, obrátím se na ČOI", "complaint", None, "cs", None),
    ("the guy at the counter in the store was really rude to my mum today", "complaint", None, "en", None),
    ("Die Mitarbeiterin am Telefon hat einfach aufgelegt", "complaint", None, "de", None),
    ("a technikus, aki kijött, elkésett három órát és tönkretette a padlót", "complaint", None, "hu", None),
]
for m, it, art, l, cu in E:
    c(m, True, it, art, l=l, cu=cu)

# ================================================== conversations (2-4 turns)
# ---- a question is answered, then a person is asked for
for msgs, art, l in [
    (["how much is freight to germany for a treadmill", "ok. can I talk to someone about which treadmill fits my attic"], "freight-delivery", "en"),
    (["how does vorrat work?", "hmm ok, can a human explain it on the phone"], "vorrat", "en"),
    (["what's the warranty on the runner 700", "right. i'd like to talk to a technician before I buy"], "warranty", "en"),
    (["what's your return policy", "fine. human please"], "returns", "en"),
    (["do I pay customs to switzerland", "can someone call me about it, I'm ordering for our whole club"], "swiss-customs", "en"),
    (["which products are on the kölner liste", "I'd like to talk this through with a person, I'm on the national team"], "koelner-liste", "en"),
    (["is whey 90 ok for lactose intolerance", "could somebody who knows the recipes get in touch?"], "allergens", "en"),
    (["how do i oil the treadmill", "can someone just come and do it, I'm near Vienna"], "equipment-care", "en"),
    (["Was kostet der Aufbau vom Laufband?", "Okay. Kann mich wer anrufen, um einen Termin auszumachen?"], "freight-delivery", "de"),
    (["Wie funktioniert der Vorrat?", "Ich würd das lieber mit einem Menschen besprechen"], "vorrat", "de"),
    (["Wie lange hab ich Garantie aufs Laufband?", "Kann ich mit einem Techniker reden?"], "warranty", "de"),
    (["Was kostet der Versand in die Schweiz?", "Chönd Sie mi aaflüte?"], "shipping", "de"),
    (["kolik stojí doprava do Česka?", "dobře, můžu mluvit s někým živým?"], "shipping", "cs"),
    (["jak funguje předplatné?", "raději bych to probral s člověkem"], "vorrat", "cs"),
    (["aká je záruka na bežecký pás?", "môže mi zavolať technik?"], "warranty", "sk"),
    (["mennyi a szállítás Magyarországra?", "beszélhetnék valakivel?"], "shipping", "hu"),
    (["hogyan működik a visszaküldés?", "inkább egy emberrel beszélnék"], "returns", "hu"),
    (["koliko stane poštnina v Slovenijo?", "lahko govorim z nekom?"], "shipping", "sl"),
    (["ali je kreatin na Kölner Liste?", "lahko me pokliče nekdo, ki se spozna?"], "koelner-liste", "sl"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- frustration that builds over the turns (no swearing)
for msgs, it, art, l in [
    (["how much is shipping to switzerland", "but do I pay something when it arrives", "that's not what I asked. how much exactly for a 1 kg whey?", "third time asking the same thing"], "complaint", "swiss-customs", "en"),
    (["how do I skip a vorrat delivery", "there's no skip button in My Vorrat", "I've looked three times, it's not there, this isn't helping"], "complaint", "vorrat", "en"),
    (["where's my invoice", "it's not under My orders", "still not there. you keep sending the same text"], "complaint", "invoices", "en"),
    (["the reset link doesn't work", "I clicked it right away, it says expired", "this is going in circles, I just want to log in"], "complaint", "account", "en"),
    (["my parcel is late", "yes I checked tracking, it hasn't moved in 6 days", "you're just repeating yourself"], "complaint", "delivery-problems", "en"),
    (["my student code doesn't work", "I verified, I got the email with the code", "it says invalid every time, I've tried 4 times now. not helpful"], "complaint", "student-discount", "en"),
    (["Wie überspringe ich eine Lieferung?", "Da gibt's keinen Knopf", "Ich hab jetzt dreimal gesagt, dass der Knopf nicht da ist"], "complaint", "vorrat", "de"),
    (["Wo finde ich meine Rechnung?", "Unter Meine Bestellungen ist nix", "Das hilft mir überhaupt nicht, das ist jetzt das dritte Mal"], "complaint", "invoices", "de"),
    (["Mein Paket bewegt sich nicht", "Ja, hab ich schon kontrolliert", "Sie antworten immer nur dasselbe, das bringt nix"], "complaint", "delivery-problems", "de"),
    (["Wie viel Zoll zahl ich in der Schweiz?", "Und wie viel genau für 2 Dosen?", "Das isch kei Antwort uf mini Frag"], "complaint", "swiss-customs", "de"),
    (["jak pozastavím Vorrat?", "žádné tlačítko tam není", "už potřetí píšu to samé, tohle nepomáhá"], "complaint", "vorrat", "cs"),
    (["zabudol som heslo", "mail neprišiel", "stále nič, už tretíkrát, je to frustrujúce"], "complaint", "account", "sk"),
    (["hol a számlám?", "nincs ott a rendeléseimnél", "ezt már harmadszor kérdezem, nem segít"], "complaint", "invoices", "hu"),
    (["kako preskočim dostavo?", "gumba ni", "že tretjič pišem isto, to ne pomaga"], "complaint", "vorrat", "sl"),
]:
    c(msgs, True, it, art, l=l)
# frustration that ends with an ask for a person
for msgs, art, l in [
    (["my tracking hasn't moved since monday", "yes I checked the link", "ok this is pointless, get me a human"], "delivery-problems", "en"),
    (["how do I change the flavour in my vorrat", "I did Change Vorrat, it still shows chocolate", "forget it, let me talk to someone"], "vorrat", "en"),
    (["my treadmill belt keeps drifting", "did the quarter turn thing twice", "can a real person just help me please"], "equipment-care", "en"),
    (["Die Sendung bewegt sich nicht", "Ja, hab ich kontrolliert", "Dann hätt ich gern an Menschen"], "delivery-problems", "de"),
    (["heslo nefunguje", "už jsem to zkoušel", "chci mluvit s člověkem"], "account", "cs"),
    (["a kuponkód nem működik", "többször beírtam", "kérem, kapcsoljon egy ügyintézőhöz"], "discount-codes", "hu"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- an answered question, then the staff-only problem comes out
for msgs, it, art, l, cu in [
    (["how long does a refund take", "well, mine for KW-AT-303961 says refunded since 18 june and I have nothing"], "return_refund", "returns", "en", "u23004"),
    (["why do I see 2 payments", "it's been 2 weeks and both are booked, not pending"], "payment", "payment", "en", "u23024"),
    (["how do I cancel vorrat", "I did that on the 1st and got charged anyway"], "account", "vorrat", "en", "u23022"),
    (["how do I pause vorrat", "I paused it in june and you charged me this month anyway"], "account", "vorrat", "en", None),
    (["how long is the treadmill warranty", "it was already repaired once under it and broke again, same error"], "return_refund", "warranty", "en", "u23011"),
    (["do you replace melted bars?", "you did, and the replacement box melted too"], "complaint", "damaged-parcels", "en", "u23013"),
    (["how do I delete my account", "I did that in march and I still get e-mails"], "account", "privacy", "en", None),
    (["where do I see my store credit", "it was there and now it's gone"], "payment", "gift-cards", "en", "u23025"),
    (["what should I do if I feel unwell after a pre-workout", "ok, my chest feels tight right now and my heart won't slow down"], "complaint", "feeling-unwell", "en", None),
    (["is VAT included for switzerland?", "then why does swiss post want CHF 160 from me?"], "shipping", "swiss-customs", "en", "u23027"),
    (["Wie lange dauert eine Rückerstattung?", "Ich warte seit fünf Wochen auf mein Geld für KW-AT-303961"], "return_refund", "returns", "de", "u23004"),
    (["Wie kündige ich den Vorrat?", "Hab ich am 1. gemacht und ihr habt trotzdem abgebucht"], "account", "vorrat", "de", "u23022"),
    (["Wie lang is die Garantie aufs Laufband?", "Es war schon einmal in Reparatur und jetzt is es wieder kaputt"], "return_refund", "warranty", "de", "u23011"),
    (["jak dlouho trvá vrácení peněz?", "za KW-CZ-304212 nemám peníze už přes měsíc"], "return_refund", "returns", "cs", "u23014"),
    (["mennyi ideig tart a visszatérítés?", "már öt hete várok"], "return_refund", "returns", "hu", None),
    (["kako izbrišem račun?", "to sem naredila že aprila in še vedno dobivam e-pošto"], "account", "privacy", "sl", None),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- a problem reported, then it turns out staff are needed
for msgs, it, art, l, cu in [
    (["my whey tub arrived cracked", "I sent the photos to service 6 days ago and nobody has answered"], "complaint", "damaged-parcels", "en", None),
    (["tracking says delivered but I have nothing", "I did all that. letterbox, neighbours, the Packstation. it's been 5 days", "so what now"], "complaint", "delivery-problems", "en", "u23016"),
    (["my treadmill shows E05", "I filled in the warranty form 10 days ago, no reply, still can't run"], "return_refund", "warranty", "en", "u23037"),
    (["I cancelled an order, when do I get the money?", "it's been 12 days and it's booked, not reserved"], "payment", "order-changes", "en", "u23012"),
    (["my gift card email never came", "resent it from My orders twice, not in spam either"], "payment", "gift-cards", "en", "u23023"),
    (["Die Dose ist kaputt angekommen", "Ich habe vor einer Woche Fotos geschickt, keine Antwort"], "complaint", "damaged-parcels", "de", None),
    (["Laut DHL zugestellt, aber nix da", "Hab ich alles gemacht, ist jetzt vier Tage her"], "complaint", "delivery-problems", "de", "u23016"),
    (["tyčinky přišly roztečené", "fotky jsem poslal před týdnem a nikdo neodpověděl"], "complaint", "damaged-parcels", "cs", None),
    (["a doboz sérülten érkezett", "egy hete küldtem fotókat, azóta semmi"], "complaint", "damaged-parcels", "hu", None),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- change requests inside a conversation
for msgs, it, art, l, cu in [
    (["can I still cancel an order I placed 20 minutes ago?", "ok then please cancel KW-AT-304601"], "order_status", "order-changes", "en", "u23009"),
    (["until when can a freight order be changed?", "great, then please add carry-in and assembly to KW-AT-304590"], "order_status", "order-changes", "en", "u23008"),
    (["where is my order KW-AT-304512", "can you send it to my parents' address in Graz instead"], "order_status", "order-changes", "en", "u23001"),
    (["Kann ich meine Bestellung noch ändern?", "Dann bitte bei 304601 Vanille statt Schoko"], "order_status", "order-changes", "de", "u23009"),
    (["lze ještě zrušit objednávku?", "tak prosím zrušte KW-CZ-304551"], "order_status", "order-changes", "cs", "u23005"),
    (["módosítható még a rendelés?", "akkor kérem a KW-HU-304540 címét módosítani"], "order_status", "order-changes", "hu", "u23032"),
    (["how do returns work", "ok, please just refund the walking pad from KW-DE-304060 to my card"], "return_refund", "returns", "en", "u23036"),
    (["how do I cancel vorrat", "can you just do it for me, the app keeps crashing"], "account", "vorrat", "en", "u23022"),
    (["can I exchange in the store?", "I'm in Prague though. can you swap the berry tub in my order for chocolate by post?"], "return_refund", "returns", "en", "u23017"),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- follow-ups the assistant answers itself (no hand-over)
for msgs, it, art, mm, l in [
    (["hi", "how much is shipping to germany?"], "shipping", "shipping", ["€5.90"], "en"),
    (["do you ship to switzerland", "do i pay customs on top?"], "shipping", "swiss-customs", ["Swiss import VAT"], "en"),
    (["what's vorrat", "and if I want to stop it, how?"], "account", "vorrat", ["Cancel Vorrat"], "en"),
    (["can i return protein", "what about a tub I opened once?"], "return_refund", "returns", ["opened"], "en"),
    (["how is the treadmill delivered", "and do they carry it in?"], "shipping", "freight-delivery", ["€59"], "en"),
    (["i want to talk to someone", "actually never mind, just tell me if the store is open saturday"], "other", "vienna-store", ["9:30–18:00"], "en"),
    (["human please", "no wait, forget it. what's the phone number, I'll call myself"], "other", "contact", [PH], "en"),
    (["is this chat a bot?", "ok, and when are people here?"], "other", "contact", ["8:00–20:00"], "en"),
    (["no I don't need a person", "just tell me how long a gift card is valid"], "payment", "gift-cards", ["3 years"], "en"),
    (["my bars arrived melted", "are they still safe to eat?"], "complaint", "damaged-parcels", ["safe to eat"], "en"),
    (["post says delivered but I have nothing", "ok, should I wait or write to you now?"], "complaint", "delivery-problems", ["next working day"], "en"),
    (["what's the weather in vienna", "ok never mind. when does the store close today?"], "other", "vienna-store", ["19:00"], "en"),
    (["is the vegan protein soy free", "and how much protein per scoop?"], "product_info", "vegan-range", ["21 g"], "en"),
    (["how often should I oil the treadmill", "and what oil?"], "product_info", "equipment-care", ["silicone oil"], "en"),
    (["I need to cancel my Vorrat", "no no, not you, just tell me where the button is"], "account", "vorrat", ["My Vorrat"], "en"),
    (["Servus", "Was kostet der Versand innerhalb Österreichs?"], "shipping", "shipping", ["4", "90"], "de"),
    (["Ich will mit wem reden", "Ach, vergessen Sie's. Wie ist die Telefonnummer?"], "other", "contact", [PH], "de"),
    (["Ich brauch keinen Mitarbeiter", "Sagen Sie mir nur, wie ich den Vorrat pausiere"], "account", "vorrat", [], "de"),
    (["Grüezi", "Wie lang gaht de Versand id Schwiiz?"], "shipping", "shipping", [], "de"),
    (["Wie wird das Laufband geliefert?", "Und bringen die es in den Keller?"], "shipping", "freight-delivery", ["59"], "de"),
    (["dobrý den", "kolik stojí doprava do Česka?"], "shipping", "shipping", ["7", "90"], "cs"),
    (["nepotřebuji operátora", "jen mi řekněte, jak dlouho mám na vrácení"], "return_refund", "returns", ["30"], "cs"),
    (["dobrý deň", "aká je otváracia doba predajne vo Viedni?"], "other", "vienna-store", ["19:00"], "sk"),
    (["szia", "mennyi a szállítás Magyarországra?"], "shipping", "shipping", ["8", "90"], "hu"),
    (["živjo", "kakšen je vaš e-naslov za podporo?"], "other", "contact", [MAIL], "sl"),
]:
    c(msgs, False, it, art, mm, l=l)
# order follow-ups with the customer's own orders
for msgs, mm, mnm, l, cu in [
    (["hi, where's my protein order", "the number is KW AT 304512"], ["1042150345120043"], [], "en", "u23001"),
    (["Hallo, mein Paket ist noch nicht da", "Bestellnummer KW-DE-304530"], ["00340434161745304530"], [], "de", "u23002"),
    (["kde je můj balík?", "číslo je 304460"], ["40180430446003"], [], "cs", "u23040"),
    (["hol a csomagom?", "KW-HU-304299, a nagy vaníliás"], ["70143042990"], [], "hu", "u23041"),
    (["kje je moj paket?", "številka naročila je 304280"], ["70143042800"], [], "sl", "u23034"),
]:
    c(msgs, False, "order_status", None, mm, mnm, l=l, cu=cu)

# ---- more ways of asking for a person
for m, l in [
    ("cn i tlk to sum1 real", "en"),
    ("is there anyone who could look at this with me?", "en"),
    ("honestly I think this needs a human", "en"),
    ("rather not explain this to a bot. someone from the team please", "en"),
    ("Good afternoon. Would it be possible to speak with one of your staff? Kind regards, M. Huber", "en"),
    ("Gibt's da wen Echten?", "de"),
    ("Können Sie mich bitte mit einem Techniker für Laufbänder verbinden?", "de"),
    ("Ich hätte gern einen Rückruf vom Geschäft in der Mariahilfer Straße.", "de"),
    ("je tam někdo živý?", "cs"),
    ("prosím o spätné zavolanie", "sk"),
    ("van ott valaki, aki ember?", "hu"),
    ("ali je tam kakšen resničen človek?", "sl"),
]:
    c(m, True, "human_request", None, l=l)
# greeting first, then the ask; or asking again
for msgs, l in [
    (["hi", "can i speak to a person please"], "en"),
    (["human", "HUMAN", "hello?? a real person please"], "en"),
    (["agent", "i said agent"], "en"),
    (["Servus", "kann i mit wem reden?"], "de"),
    (["Grüezi", "Chan mi öpper zrugglüte?"], "de"),
    (["Mitarbeiter", "Ich sagte: Mitarbeiter bitte"], "de"),
    (["dobrý den", "chtěl bych mluvit s operátorem"], "cs"),
    (["dobrý deň", "môžem hovoriť s človekom?"], "sk"),
    (["jó napot", "ügyintézőt kérek"], "hu"),
    (["živjo", "želim govoriti z osebo"], "sl"),
]:
    c(msgs, True, "human_request", None, l=l)

# ---- longer conversations written out in full
c(["hi, my vorrat comes every 4 weeks but I only need it every 8",
   "I went to My Vorrat like you said but there's only 'Delivery and payment' and 'Cancel Vorrat', no Change Vorrat",
   "look, I've now spent half an hour on this, logged out and in again, tried the app and the website, cleared the cache like my son said, and there is still no way to change the interval. I don't want to cancel, I just want less protein. this is really not ok"],
  True, "complaint", "vorrat")
c("I've read half your help pages now and I'm more confused than before. I want a treadmill for my dad, he's 71 and 118 kg, lives on the 2nd floor without a lift in Wiener Neustadt, and I need someone to tell me what fits and whether you can carry it up. Could one of your technicians call me? 0676 552 18 40",
  True, "human_request", "freight-delivery")
c("ok before you pass me on to someone, I really don't need a person for this, I just can't find how long the gift card my sister gave me is valid, it's from last christmas and I'd hate for it to expire",
  False, "payment", "gift-cards", ["3 years"])
c(["hey, thinking about starting creatine", "ok and do I take it on rest days too?",
   "and how much water should I mix it with, roughly?"], False, "product_info", "protein-guide")
c(["Hallo, ich hab eine Bestellung offen", "Nein, die passt eh, ich wollt nur wissen, wie lang ihr am Samstag offen habt"],
  False, "other", "vienna-store", ["18:00"], l="de")
c("So, ich hab vor drei Wochen das Runner 700 bei euch gekauft, Lieferung hat super geklappt, aber jetzt quietscht es bei jedem Schritt, ziemlich laut, die Nachbarn unten haben sich schon beschwert. Ich hab noch gar nichts gemacht, kein Öl oder so. Was soll ich da als erstes machen?",
  False, "product_info", "equipment-care", ["3"], l="de")
c("Dobrý den, objednala jsem si u vás minulý týden tyčinky a proteinový prášek, a když balík dorazil, byly tyčinky úplně měkké a teď mají takový bílý povlak. Můžu je ještě jíst, nebo je mám vyhodit? Nerada bych plýtvala jídlem.",
  False, "complaint", "damaged-parcels", ["7"], l="cs")
c("Szia! Most kezdtem el edzeni, 68 kiló vagyok, heti háromszor járok konditerembe. A barátom azt mondja, hogy napi 200 gramm fehérjét kellene ennem, de ez nekem nagyon soknak tűnik. Mennyi az ésszerű, és melyik port ajánljátok kezdőknek?",
  False, "product_info", "protein-guide", [], l="hu")
c("Pozdravljeni, v petek sem dobila paket, kurir ga je pustil pred vrati na soncu, in ko sem prišla domov je bil vroč. Notri je vegan protein in kreatin, embalaža je cela. Ali je to še v redu za uporabo ali moram kaj narediti?",
  False, "shipping", "summer-shipping", ["25"], l="sl")
c("Hi, so I've been doing the Vorrat for about 8 months now and honestly it's great, but I'm moving from Vienna to Munich at the end of the month and I'm not sure what happens. Do I need to cancel it and start a new one, or can I just change the address somewhere? Don't want to lose the 10%.",
  False, "account", "vorrat", ["Delivery and payment"])
c("my partner bought me the adjustable dumbbells 2x 20 kg for my birthday and honestly I think I'd rather have the kettlebell and a mat, the box is still sealed. is that something I can do?",
  False, "return_refund", "returns", ["30 days"])

# ---- more hand-overs: polite asks only staff can fulfil, informal asks,
#      asks right after an answer, and frustration, in every language
for m, it, art, l, cu in [
    ("Would you be so kind as to look into why my Vorrat was charged twice this month? Both 52.05 are booked on my card.", "account", "vorrat", "en", None),
    ("Could you please check what happened to my refund? I returned two unopened tubs a month ago and nothing has come back.", "return_refund", "returns", "en", None),
    ("I'd be grateful if someone could swap the 2x 20 kg dumbbells in KW-CZ-304460 for the kettlebell and mat, they're unopened", "return_refund", "returns", "en", "u23040"),
    ("Sorry to bother you, but the treadmill your technician repaired in June has stopped again with exactly the same fault. Could someone come back?", "return_refund", "warranty", "en", "u23037"),
    ("Hi, my Kraftwerk credit of about 40 euro disappeared from My credit after I logged in today. Could you restore it please?", "payment", "gift-cards", "en", None),
    ("Hello, I think there's a mistake: an order for a power rack appeared in my account and I didn't place it. Can you look?", "account", None, "en", None),
    ("Könnten Sie bitte nachsehen, warum nach der Kündigung vom Vorrat noch abgebucht wurde? Ich hab die Bestätigung.", "account", "vorrat", "de", None),
    ("Wärt's so lieb und tauscht's mir bei KW-AT-304318 eine Beere gegen Schoko? Beide noch verschweißt.", "return_refund", "returns", "de", "u23017"),
    ("Sehr geehrte Damen und Herren, mein Laufband wurde im Rahmen der Garantie repariert, zeigt aber seit gestern wieder denselben Fehler. Ich bitte um einen erneuten Technikertermin.", "return_refund", "warranty", "de", None),
    ("Grüezi, d'Rückzahlig für mini Retoure isch nach vier Wuche immer no nöd da. Chönd Sie das bitte aaluege?", "return_refund", "returns", "de", None),
    ("mohli byste prosím zkontrolovat, proč mi po zrušení předplatného znovu strhli peníze?", "account", "vorrat", "cs", None),
    ("požádal jsem o smazání účtu před dvěma měsíci a účet pořád existuje", "account", "privacy", "cs", None),
    ("mohli by ste mi prosím vymeniť príchuť v objednávke KW-SK-304501? kreatín nechcem, radšej proteín", "order_status", "order-changes", "sk", "u23038"),
    ("strhli ste mi peniaze dvakrát za jednu objednávku, obe platby sú zaúčtované", "payment", "payment", "sk", None),
    ("vrátila som balík pred mesiacom a peniaze stále nemám", "return_refund", "returns", "sk", None),
    ("v mojom účte je objednávka, ktorú som nerobil", "account", None, "sk", None),
    ("bežecký pás po oprave v záruke opäť nefunguje, rovnaká chyba", "return_refund", "warranty", "sk", None),
    ("zásielka je vraj doručená, pýtal som sa susedov aj na pošte, nič nemám už týždeň", "complaint", "delivery-problems", "sk", None),
    ("zrušte mi prosím objednávku KW-SK-304501", "order_status", "order-changes", "sk", "u23038"),
    ("eltűnt a jóváírásom a fiókomból, kérem nézzék meg", "payment", "gift-cards", "hu", None),
    ("a csomag kézbesítettként szerepel, megnéztem a postaládát és a szomszédokat is, semmi", "complaint", "delivery-problems", "hu", None),
    ("lemondtam a Vorratot, és mégis levonták a pénzt, kérem utalják vissza", "account", "vorrat", "hu", None),
    ("dvakrat ste mi bremenili kartico za isto naročilo", "payment", "payment", "sl", None),
    ("prosim spremenite naslov za naročilo KW-SI-304280", "order_status", "order-changes", "sl", "u23034"),
    ("tekalno stezo so popravili v garanciji, zdaj je spet pokvarjena", "return_refund", "warranty", "sl", None),
    ("na mojem računu je naročilo, ki ga nisem oddala", "account", None, "sl", None),
]:
    c(m, True, it, art, l=l, cu=cu)
for m, l in [
    ("yo can a human hop on real quick", "en"),
    ("need an actual person for this one", "en"),
    ("Oida, gibt's do an Menschen oder nur an Bot?", "de"),
    ("Verbind mi bitte mit am Kollegen", "de"),
    ("dejte mi prosím někoho ze zákaznické podpory", "cs"),
    ("dajte mi niekoho skutočného, prosím", "sk"),
    ("môže mi niekto zavolať? 0905 318 442", "sk"),
    ("embert kérek, ne robotot", "hu"),
    ("dajte mi človeka, prosim", "sl"),
]:
    c(m, True, "human_request", None, l=l)
for msgs, art, l in [
    (["do you have a student discount?", "thanks. could a person still call me? I have a question about our uni sports club"], "student-discount", "en"),
    (["how long does freight take to slovenia?", "ok, I'd still like someone to ring me to arrange it"], "freight-delivery", "en"),
    (["is the zündung on the kölner liste?", "alright, can I speak to someone from your team about it"], "koelner-liste", "en"),
    (["aká je otváracia doba vo Viedni?", "ďakujem. môžem ešte hovoriť s niekým z predajne?"], "vienna-store", "sk"),
    (["koľko stojí montáž bežeckého pásu?", "dobre, spojte ma s človekom"], "freight-delivery", "sk"),
    (["meddig érvényes az ajándékkártya?", "rendben, de most beszélnék egy ügyintézővel"], "gift-cards", "hu"),
    (["kako dolgo traja dostava tekalne steze?", "hvala, ampak bi vseeno rad govoril z nekom"], "freight-delivery", "sl"),
]:
    c(msgs, True, "human_request", art, l=l)
for msgs, it, art, l in [
    (["how do I enter my student code", "there's no field in the basket", "I've looked again, nothing there. that's the third time now"], "complaint", "discount-codes", "en"),
    (["kde nájdem faktúru?", "v objednávkach nie je", "píšem to už tretíkrát, nepomáha to"], "complaint", "invoices", "sk"),
    (["kako pridem do računa?", "povezave nisem dobil", "spet nič, to je že tretjič, res frustrirajoče"], "complaint", "account", "sl"),
]:
    c(msgs, True, it, art, l=l)

# ---- numbers that are not order numbers (weights, sizes, names, prices)
for m, it, art, mm, l in [
    ("is the bench 300 ok if I bench 140 kg and weigh 95 kg?", "product_info", "equipment-guide", ["300 kg"], "en"),
    ("Runner 700 or Walk 200 for a 3x 30 min walk a day at my desk?", "product_info", "equipment-guide", ["walking"], "en"),
    ("I take 5 g creatine and 30 g whey after training, is 2x a day too much creatine?", "product_info", "protein-guide", ["3–5 g"], "en"),
    ("does the 2.5 kg tub of Whey 90 really have 83 servings?", "product_info", "protein-guide", ["83"], "en"),
    ("I live in 1100 Wien, does the assembly service come there?", "shipping", "freight-delivery", ["50 km"], "en"),
    ("Ich hab 2x 1000 g Whey im Warenkorb um 65,80, ist der Versand nach Deutschland dann gratis?", "shipping", "shipping", ["69"], "de"),
    ("Passt das 2x 32,5 kg Kurzhantelset noch ins Paket?", "shipping", "shipping", ["31", "5"], "de"),
    ("mám 95 kg, vydrží mě Bench 150?", "product_info", "equipment-guide", ["150"], "cs"),
    ("a 300 ml víz elég 30 g fehérjéhez?", "product_info", "protein-guide", ["300"], "hu"),
]:
    c(m, False, it, art, mm, l=l)

# ---- many customers greet before they ask: every 7th single-turn question
# gets an opening line in its own language (the judged turn is unchanged)
OPENERS = {
    "en": ["hi", "hello", "hey", "good morning", "hi there", "hello, quick question",
           "hiya", "evening!", "hi, hope you can help"],
    "de": ["Servus", "Hallo", "Grüß Gott", "Grüezi", "Guten Tag", "Hallo, kurze Frage", "Hoi"],
    "cs": ["dobrý den", "ahoj", "zdravím"],
    "sk": ["dobrý deň", "ahoj"],
    "hu": ["jó napot", "szia", "üdv"],
    "sl": ["živjo", "dober dan", "pozdravljeni"],
}
GREETS = re.compile(r"(hi|hello|hey|hiya|good (morning|afternoon|evening)|servus|hallo|grüß|grüezi|hoi|guten tag|"
                    r"dobrý|ahoj|zdravím|jó napot|szia|üdv|živjo|dober dan|pozdravljeni)\b", re.I)

# ================================================================ output
COUNTRIES = ("AT", "DE", "CH", "CZ", "SK", "HU", "SI")
# "KW-AT-304512", "kwat304512", "KW AT 304512", "#KW-AT-304512", "KW-304512"
ORDER_REF = re.compile(r"(?i)\bkw[\s#-]*(at|de|ch|cz|sk|hu|si)?[\s#-]*(\d{6})(?!\d)")
# a bare counter ("Bestellung 304512", "číslo je 304460"); every counter starts with 30
BARE_REF = re.compile(r"(?<![\d.,])(30\d{4})(?![\d.,])")
# order numbers that are meant not to exist
UNKNOWN_ORDERS = {"309999"}

def order_refs(m):
    full, bare = casekit.scan(m, ORDER_REF, BARE_REF)
    return ([casekit.Ref(mo.group(0), mo.group(2),
                         "KW-%s-%s" % (mo.group(1).upper(), mo.group(2)) if mo.group(1) else None) for mo in full]
            + [casekit.Ref(mo.group(0), mo.group(1), None) for mo in bare])

def main():
    shop.add_openers(OPENERS, GREETS)
    shop.write()
    shop.check(order_id=r"KW-(%s)-30\d{4}" % "|".join(COUNTRIES), shape="KW-AT-304512",
               counter=lambda oid: oid[6:], refs=order_refs, unknown=UNKNOWN_ORDERS,
               named=lambda cu: int(cu[3:]) <= 100, customer_id=r"u23\d{3}", currency={"EUR"})

if __name__ == "__main__":
    main()
