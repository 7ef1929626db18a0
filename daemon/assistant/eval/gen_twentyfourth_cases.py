#!/usr/bin/env python3
"""Generate twentyfourth-cases.jsonl: cases for the twenty-fourth shop,
Kávé Kanna (coffee roaster and espresso-machine shop with a café, tasting
room, barista school and service workshop at Király utca 26, 1061
Budapest; roasts in its own roastery in Budaörs; sells single origins,
blends and decaf as beans or ground, compostable Nespresso-Original
capsules, espresso machines (Kanna Piccola 2, Terra E61, Duo 58, the
bean-to-cup Auto 3), grinders (Malom 64, Malom 38 Hand) and filter gear;
the coffee subscription Kávéklub every 2 or 4 weeks with skip and pause
online; a 2-year warranty on machines with a service workshop
(descaling service, repairs, loan machines); Click & Collect at the café;
ships to Hungary, Austria, Slovakia, Romania, Croatia and Slovenia; prices
in HUF (5 490 Ft, 189 900 Ft), orders abroad charged in EUR).
KB: twentyfourth-kb/.  Run: python3 gen_twentyfourth_cases.py
The script writes the cases, then checks them against the KB and prints
the figures (cases, escalation share, other-language share, multi-turn share).
The customer lines are written for this shop only and are meant to be varied.

Order numbers look like KK/2025/03862 (KK, the year, a 5-digit counter
that starts with 0).  Customers write them in many ways ("kk/2025/03862",
"KK 2025 03862", "KK-2025-03862", "202503862", "2025/03862", "#03862" or
just "03862").  Bag weights (250 g, 1 kg), doses (18 g, 5.5 g), water
volumes, temperatures, water hardness (18 °dH), burr sizes (64 mm, 58 mm),
product names with digits ("Piccola 2", "Terra E61", "Duo 58", "Auto 3",
"Malom 64", "No. 7", "Dripper 02"), error codes (E-04), postcodes (1061,
040 01, 400001), phone numbers and prices (30 970 Ft) are not order
numbers.

LABELLING RULES

Escalation (expect.escalate)
 E1  true for an explicit request for a person in any wording or language:
     "a human", "transfer me", someone from the café or the workshop, a
     service technician, a manager, a callback, a named colleague, also
     right after an answered question.
 E2  true for a request to cancel, refund or change an existing order
     (cancel, change the address, the grind, a coffee or quantity, add an
     item or home setup, switch Click & Collect and delivery, resend a
     parcel, exchange an item inside an order, "I want my money back"),
     to move or cancel a booked course for the customer, or to cancel,
     skip, pause or change a Kávéklub for the customer ("do it for me").
 E3  true for things only staff can do: a real double charge, a charge
     after cancelling an order or the Kávéklub, a refund missing for
     weeks, Kanna credit or a gift card that vanished or never arrived
     after the resend, a machine repaired under warranty that broke
     again, a warranty claim or price-promise form nobody answered, a
     promised loan machine that never came, a parcel marked delivered
     that the customer already looked for, SimplePay / PayPal / the bank
     saying "paid" while the shop says unpaid, a price-promise refund, an
     invoice still wrong after asking, an order the customer did not
     place, someone else's data in the account, a deletion that did not
     happen, a locked-out account after the reset steps, someone unwell
     or hurt (racing heart, vomiting, swelling, a burn or electric shock
     from a machine, a doctor), legal threats, complaints about a staff
     member, press, wholesale and partnership requests.
 E4  true when the customer is stuck or frustrated across several turns
     ("that's not what I asked", the same question a third time).
 E5  false for questions about a policy even with "cancel", "refund",
     "person", "human", "technician", "call" in them: the phone number,
     the e-mail, when people answer the chat, café hours, how to cancel,
     skip or pause Kávéklub, how to rebook a course, what the return
     policy is, "no need for a person, just tell me ...".  A first report
     of a torn bag, a broken dripper, a wrong grind, a dented machine, a
     parcel marked delivered, a stuck parcel or an error code gets the
     steps of the page (false).  Jitters after too much coffee or a small
     burn from the steam wand get the page (false); someone actually
     unwell or hurt is E3.

Intent (expect.intent)
     order_status: a named order (where, status, tracking, when, ready for
       Click & Collect), cancelling or changing an order or a course
       booking, resending it.
     return_refund: returns, refunds, money back, exchanges, the "Not my
       cup" swap, warranty claims and warranty repairs, a missing refund.
     shipping: countries, prices, times, carriers, cut-off, parcel lockers,
       machine delivery and home setup, Click & Collect, a late parcel
       without an order number.
     product_info: coffees, roast dates and storage, grinding, brewing,
       capsules, caffeine and allergens, what to do after too much coffee
       or a small burn, machines and grinders and choosing them, cleaning
       and descaling, the service workshop and loan machines, barista
       school, tasting room and the café's drinks and demo bar.
     payment: payment methods, instalments, SZÉP card, charges, double
       charges, forints and euros, invoices, gift cards, Kanna credit,
       discount codes and the price promise.
     account: login, password, details, Kávéklub (skip, pause, change,
       cancel, its charges), privacy and deletion, an order the customer
       did not place.
     complaint: something went wrong (damaged, wrong, missing,
       delivered-not-received, someone unwell or hurt, staff, legal
       threat, frustration) when the turn does not ask for a person.
     human_request: the judged turn only asks for a person / callback (also
       press, wholesale or partnership contact).  When it also states a
       concrete problem, the problem's intent is used.
     other: contact details, chat and phone hours, café hours and address,
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
addresses, phone numbers, web addresses and tracking numbers.  A price is
split into its parts so that every way of writing it counts: a decimal
("11", "50" for €11.50 / 11,50 €) and a forint amount with a thousands
separator ("1", "990" for 1 990 Ft / 1,990 HUF / 1990 Ft).  Hand-overs
carry none.
mustNotMention: other customers' data and facts the reply must not invent.
"""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import casekit  # the shared case helper, writer and self-check

shop = casekit.Shop("twentyfourth", "t24", anon=24100, langs={"hu", "de", "sk", "ro", "hr", "sl"})
c = shop.c

PH = "+36 1 789 4426"
SPH = "+36 1 789 4427"
MAIL = "hello@kavekanna.hu"
SZERVIZ = "szerviz@kavekanna.hu"
ISKOLA = "iskola@kavekanna.hu"
ADAT = "adatvedelem@kavekanna.hu"
NAGYKER = "nagyker@kavekanna.hu"

# ---------------------------------------------------------------- small talk
for m, it, l in [
    ("hi", "greeting", "en"), ("hello!", "greeting", "en"), ("hey ☕", "greeting", "en"),
    ("szia", "greeting", "hu"), ("jó napot kívánok", "greeting", "hu"),
    ("servus", "greeting", "de"), ("dobrý deň", "greeting", "sk"), ("bună ziua", "greeting", "ro"),
    ("dobar dan", "greeting", "hr"), ("živjo", "greeting", "sl"),
    ("thanks a lot!", "thanks", "en"), ("perfect, thank you", "thanks", "en"),
    ("köszönöm szépen", "thanks", "hu"), ("danke schön, passt!", "thanks", "de"), ("ďakujem pekne", "thanks", "sk"),
    ("mulțumesc frumos", "thanks", "ro"), ("hvala puno", "thanks", "hr"), ("hvala lepa", "thanks", "sl"),
    ("bye", "goodbye", "en"), ("ok that's all, have a nice day", "goodbye", "en"),
    ("viszontlátásra", "goodbye", "hu"), ("dovidenia", "goodbye", "sk"), ("o zi bună, la revedere", "goodbye", "ro"),
    ("doviđenja", "goodbye", "hr"), ("nasvidenje", "goodbye", "sl"),
]:
    c(m, False, it, None, l=l)

# ------------------------------------------- contact, phone and chat hours
for m, mm, l in [
    ("whats ur phone number", [PH], "en"),
    ("customer service email?", [MAIL], "en"),
    ("when are real people on this chat", ["8:00–18:00"], "en"),
    ("how does the callback thing work", ["kavekanna.hu/visszahivas"], "en"),
    ("no need for a human, just give me the email for the repair workshop", [SZERVIZ], "en"),
    ("not asking for an agent - which address for office coffee? we're about 40 people", [NAGYKER], "en"),
    ("what's your company tax number, our accounts person needs it", ["27841563-2-42"], "en"),
    ("if we can't agree on a complaint, who can I turn to?", ["Budapest Conciliation Board"], "en"),
    ("mi a telefonszámotok?", [PH], "hu"),
    ("mi a szerviz telefonszáma?", [SPH], "hu"),
    ("Wie lautet eure E-Mail-Adresse?", [MAIL], "de"),
    ("aké máte telefónne číslo?", [PH], "sk"),
    ("môžem vám písať po slovensky?", [MAIL], "sk"),
    ("care este adresa de e-mail pentru clienți?", [MAIL], "ro"),
    ("koji je vaš broj telefona?", [PH], "hr"),
    ("ali lahko pišem v slovenščini?", [MAIL], "sl"),
]:
    c(m, False, "other", "contact", mm, l=l)

# ---------------------------------------------------------- café and shop
for m, mm, l in [
    ("where is your cafe exactly", ["Király utca 26"], "en"),
    ("nearest metro to the café?", ["Deák Ferenc tér"], "en"),
    ("is there parking at your shop? coming by car", ["no customer parking"], "en"),
    ("meddig vagytok ma nyitva?", ["19:00"], "hu"),
    ("Wo genau ist euer Café in Budapest?", ["26"], "de"),
    ("aké máte otváracie hodiny v sobotu?", ["8:30"], "sk"),
    ("unde este cafeneaua voastră în Budapesta?", ["26"], "ro"),
    ("radite li nedjeljom?", ["17:00"], "hr"),
]:
    c(m, False, "other", "cafe", mm, l=l)
for m, mm, l in [
    ("do you have oat milk in the cafe", ["oat"], "en"),
    ("can I try the machines somewhere before I buy one?", ["demo bar"], "en"),
    ("can i pay with my SZÉP card for a grinder in the shop?", ["not for beans, machines"], "en"),
    ("what's the thursday cupping night and what does it cost", ["4", "900"], "en"),
    ("lehet SZÉP kártyával fizetni a kávézóban?", [], "hu"),
    ("Kann ich die Maschinen bei euch im Laden ausprobieren?", ["10:00"], "de"),
    ("koliko košta degustacija četvrtkom?", ["4", "900"], "hr"),
    ("koliko stane zasebna degustacija za skupino 8 ljudi?", ["8", "900"], "sl"),
]:
    c(m, False, "product_info", "cafe", mm, l=l)

# ---------------------------------------------------------- Click & Collect
for m, mm, l in [
    ("can i pick up my order at the cafe instead of shipping", ["Click & Collect"], "en"),
    ("how long do u keep my pickup order", ["10 days"], "en"),
    ("can I just pick up at the roastery in budaörs, it's closer", ["not open to visitors"], "en"),
    ("if I collect the Piccola in the shop will someone show me how it works", ["15-minute handover"], "en"),
    ("meddig tartjátok félre a személyes átvételes rendelést?", ["10"], "hu"),
    ("Kann ich meine Bestellung im Café abholen statt liefern lassen?", [], "de"),
]:
    c(m, False, "shipping", "store-pickup", mm, l=l)

# ---------------------------------------------------------- outside the shop
for m, l in [
    ("what's the weather in budapest tomorrow", "en"),
    ("who won the ferencvaros game last night", "en"),
    ("can you help me with my chemistry homework? balancing equations", "en"),
    ("milyen idő lesz holnap Budapesten?", "hu"),
    ("ki nyerte a Fradi–Újpest meccset?", "hu"),
    ("ce vreme va fi mâine la Cluj?", "ro"),
    ("tko je jučer pobijedio, Dinamo ili Hajduk?", "hr"),
    ("mi lahko pomagaš pri domači nalogi iz matematike?", "sl"),
]:
    c(m, False, "other", None, l=l)

# ------------------------------------------------------------------ shipping
for m, mm, l in [
    ("how much is shipping in hungary", ["1", "990"], "en"),
    ("do u ship to austria, how much", ["€12.90"], "en"),
    ("shipping to cluj price?", ["€11.50"], "en"),
    ("free shipping to slovakia from how much", ["€100"], "en"),
    ("if i order at 11:30 does it leave today?", ["12:00"], "en"),
    ("shipping to germany?", ["Germany"], "en"),
    ("can i get same day delivery in budapest", ["11:00"], "en"),
    ("is the coffee fresh when it's shipped or has it been sitting around", ["7 days"], "en"),
    ("do you deliver to the croatian islands? we're on hvar in august", ["2–3 extra days"], "en"),
    ("mennyi a szállítás Foxpost automatába?", ["1", "290"], "hu"),
    ("hány forinttól ingyenes a szállítás?", ["20", "000"], "hu"),
    ("Was kostet der Versand nach Österreich?", ["12", "90"], "de"),
    ("koľko stojí doprava na Slovensko?", ["8", "90"], "sk"),
    ("od akej sumy je doprava zadarmo?", ["100"], "sk"),
    ("cât costă livrarea în România?", ["11", "50"], "ro"),
    ("koliko košta dostava u Hrvatsku?", ["11", "50"], "hr"),
    ("koliko stane poštnina v Slovenijo?", ["11", "50"], "sl"),
]:
    c(m, False, "shipping", "shipping", mm, l=l)

# ------------------------------------------------ machine delivery and setup
for m, mm, l in [
    ("can someone set up my new machine at home in budapest? what does it cost", ["14", "900"], "en"),
    ("i live in debrecen, can your technician come and set it up?", ["video call"], "en"),
    ("how long does the duo 58 take to heat up", ["20 minutes"], "en"),
    ("the machine came in freezing weather, can I switch it on straight away?", ["3 hours"], "en"),
    ("why was there water and a bit of coffee in my brand new machine??", ["test shots"], "en"),
    ("mennyibe kerül a gép beüzemelése Budapesten?", ["14", "900"], "hu"),
    ("Was kostet die Lieferung einer Espressomaschine nach Österreich?", ["25"], "de"),
    ("cât costă livrarea unui espressor în România?", ["25"], "ro"),
    ("koliko je teška Duo 58, trebam li pomoć?", ["29"], "hr"),
]:
    c(m, False, "shipping", "machine-delivery", mm, l=l)

# --------------------------------------------------- forints and euros
for m, mm, l in [
    ("why did the prices switch to euros when i chose vienna", ["delivery country"], "en"),
    ("can i pay in forints if it's going to austria? my card is hungarian", ["euros"], "en"),
    ("why is the coffee a bit cheaper in euros than the forint price", ["VAT"], "en"),
    ("milyen árfolyamon számoltok euróban?", [], "hu"),
    ("Warum ist der Euro-Preis nicht genau der umgerechnete Forint-Preis?", ["27"], "de"),
    ("pot plăti în lei?", [], "ro"),
    ("u kojoj valuti plaćam ako naručujem u Split?", [], "hr"),
]:
    c(m, False, "payment", "prices-currency", mm, l=l)

# ------------------------------------------------- order changes, the policy
for m, mm, l in [
    ("how long after ordering can I still change something? not now, just asking", ["1 hour"], "en"),
    ("until when can i cancel a machine order", ["next working day"], "en"),
    ("can I change the grind myself in my account after ordering?", ["cannot change"], "en"),
    ("meddig lehet lemondani egy rendelést?", [], "hu"),
    ("Bis wann kann ich eine Bestellung noch ändern?", [], "de"),
    ("până când pot anula o comandă?", [], "ro"),
]:
    c(m, False, "order_status", "order-changes", mm, l=l)

# ------------------------------------------------------------------- returns
for m, mm, l in [
    ("whats ur return policy", ["14 days"], "en"),
    ("opened a bag of the kenya and i hate it, can i send it back? it's almost full", ["cannot be returned"], "en"),
    ("first time trying the ethiopia and it tastes like tea to me, not my thing. anything you can do?", ["once per customer"], "en"),
    ("can i return a machine if i've only tried it a couple of times", ["tried only"], "en"),
    ("threw away the machine box already, can I still return it", ["4", "990"], "en"),
    ("paid cash on delivery, how do I get my refund", ["IBAN"], "en"),
    ("vissza lehet küldeni a bontatlan kávét?", ["14"], "hu"),
    ("Kann ich eine Maschine zurückgeben, wenn ich sie nur getestet habe?", ["14"], "de"),
    ("koľko stojí vrátenie zo Slovenska?", ["8", "90"], "sk"),
    ("koliko imam vremena za povrat?", ["14"], "hr"),
    ("kako vrnem espresso aparat?", ["kavekanna.hu/visszakuldes"], "sl"),
]:
    c(m, False, "return_refund", "returns", mm, l=l)

# ---------------------------------- damaged, wrong, missing: first report
for m, mm, it, l in [
    ("the coffee bag arrived torn, beans all over the box", ["5 days"], "complaint", "en"),
    ("my dripper arrived in pieces", ["kavekanna.hu/kar"], "complaint", "en"),
    ("I ordered beans and got ground coffee", ["14 days"], "complaint", "en"),
    ("my new duo 58 has a dent on the side, the outer box looked fine", ["3 working days"], "complaint", "en"),
    ("szakadt zacskóban jött a kávé, szétszóródott", ["5"], "complaint", "hu"),
    ("Die Glaskanne der French Press ist kaputt angekommen", [MAIL], "complaint", "de"),
    ("balík prišiel poškodený, kapsule sú rozmliaždené", ["5"], "complaint", "sk"),
    ("am primit boabe în loc de cafea măcinată", ["14"], "complaint", "ro"),
    ("mlinac je stigao s napuklim spremnikom za zrna", ["3"], "complaint", "hr"),
]:
    c(m, False, it, "damaged-parcels", mm, l=l)

# --------------------------------------------- late or lost: first report
for m, mm, it, l in [
    ("tracking says delivered but theres nothing here", ["next working day"], "complaint", "en"),
    ("GLS says delivered at 10:14, I was home all morning, nobody rang and it's not in the mailbox. what do I do?", ["neighbours"], "complaint", "en"),
    ("my parcel hasn't moved in the tracking for a few days", ["5 working days"], "shipping", "en"),
    ("missed my foxpost pickup, what now", ["2 days"], "shipping", "en"),
    ("a követés szerint kézbesítve, de nincs itt semmi", [], "complaint", "hu"),
    ("Laut Post zugestellt, aber bei mir ist nichts angekommen", [], "complaint", "de"),
    ("zásielka sa nehýbe už týždeň", ["5"], "shipping", "sk"),
    ("coletul apare livrat, dar nu l-am primit", [], "complaint", "ro"),
    ("paket se že teden dni ne premakne", ["5"], "shipping", "sl"),
]:
    c(m, False, it, "delivery-problems", mm, l=l)

# ------------------------------------------------------------- freshness
for m, mm, l in [
    ("how fresh is the coffee you send", ["7 days"], "en"),
    ("my coffee bag is all puffed up, has it gone bad?", ["one-way valve"], "en"),
    ("can I freeze coffee beans", ["3 months"], "en"),
    ("roasted 2 days ago and my espresso tastes sour and foams like crazy", ["let it rest"], "en"),
    ("bag arrived today with a roast date from 6 weeks ago", ["30 days"], "en"),
    ("meddig jó a kávé bontás után?", ["4"], "hu"),
    ("Kann man Kaffeebohnen einfrieren?", ["3"], "de"),
    ("kedy je káva po pražení najlepšia na espresso?", ["7"], "sk"),
    ("cât timp rezistă cafeaua măcinată după deschidere?", ["2"], "ro"),
]:
    c(m, False, "product_info", "freshness", mm, l=l)

# ---------------------------------------------------------------- coffees
for m, mm, l in [
    ("which coffee is best for espresso with milk", ["Király Espresso No. 7"], "en"),
    ("what's the difference between filter roast and espresso roast", ["light"], "en"),
    ("is budai crema 100% arabica?", ["robusta"], "en"),
    ("is your coffee organic or fairtrade?", ["organic"], "en"),
    ("how is the decaf made, any chemicals?", ["sugarcane"], "en"),
    ("Ist euer Kaffee 100 % Arabica?", ["100"], "de"),
    ("ktorá káva je vhodná na filter?", [], "sk"),
    ("koja je vaša kućna mješavina?", ["7"], "hr"),
]:
    c(m, False, "product_info", "coffee-beans", mm, l=l)

# ---------------------------------------------------------------- grinding
for m, mm, l in [
    ("can you grind the beans for me", ["free of charge"], "en"),
    ("can i put ground coffee in my bean to cup machine", ["Never"], "en"),
    ("will you grind beans i bought at the supermarket if I bring them in", ["do not grind coffee bought elsewhere"], "en"),
    ("ordered your espresso grind and it runs way too fast in my machine", ["whole beans"], "en"),
    ("Welche Mahlstufe an der Malom 64 für die Mokkakanne?", ["10"], "de"),
    ("ako dlho vydrží mletá káva po otvorení?", ["2"], "sk"),
    ("ce setare pentru espresso la Malom 64?", ["3"], "ro"),
]:
    c(m, False, "product_info", "grinding", mm, l=l)

# ---------------------------------------------------------------- brewing
for m, mm, l in [
    ("whats your espresso recipe", ["18 g"], "en"),
    ("v60 ratio?", ["15 g"], "en"),
    ("my espresso tastes sour and runs in 15 seconds", ["grind finer"], "en"),
    ("can you write me a custom recipe for my gaggia classic", ["personal recipes"], "en"),
    ("mennyi kávé kell egy liter hidegen áztatott kávéhoz?", ["100"], "hu"),
    ("aká má byť teplota vody na V60?", ["94"], "sk"),
    ("cât timp trebuie să curgă un espresso dublu?", ["25"], "ro"),
    ("koliko kave za chemex?", ["30"], "hr"),
]:
    c(m, False, "product_info", "brewing-guide", mm, l=l)

# ---------------------------------------------------------------- capsules
for m, mm, l in [
    ("do your capsules fit vertuo", ["Vertuo"], "en"),
    ("are the capsules really compostable", ["home composting"], "en"),
    ("water runs through but no coffee comes out of the capsule", ["lever firmly"], "en"),
    ("how much coffee is in one capsule", ["5.5 g"], "en"),
    ("jó a kapszulátok Nespresso Vertuo gépbe?", [], "hu"),
    ("koľko kávy je v jednej kapsule?", ["5", "5"], "sk"),
    ("odgovaraju li kapsule za Dolce Gusto?", [], "hr"),
    ("koliko časa so kapsule dobre, ko odprem vrečko?", ["2"], "sl"),
]:
    c(m, False, "product_info", "capsules", mm, l=l)

# ------------------------------------------------- caffeine, allergens, health
for m, mm, l in [
    ("is coffee ok when pregnant? how much", ["200 mg"], "en"),
    ("severe nut allergy - are nuts processed in your roastery?", ["No nuts"], "en"),
    ("had 4 double espressos and I'm shaky lol, what do I do", ["drink water"], "en"),
    ("what should I do if a toddler eats coffee beans? asking for our nursery's first aid sheet", ["112"], "en"),
    ("burned my finger on the steam wand, what should I do?", ["20 minutes"], "en"),
    ("mennyi koffein van egy eszpresszóban?", ["60"], "hu"),
    ("koľko kávy môžem piť v tehotenstve?", ["200"], "sk"),
    ("am palpitații ușoare după a treia cafea, ce să fac?", [], "ro"),
    ("kakšna je številka za zastrupitve na Madžarskem?", ["+36 80 201 199"], "sl"),
]:
    c(m, False, "product_info", "caffeine", mm, l=l)

# ----------------------------------------------------- machines and grinders
for m, mm, l in [
    ("difference between piccola 2 and terra e61?", ["heat exchanger"], "en"),
    ("which machine for 2 espressos a day and a tiny kitchen", ["Piccola 2"], "en"),
    ("can i borrow a machine to try at home for a weekend?", ["do not lend"], "en"),
    ("we make 4 cappuccinos every sunday morning, which machine", ["Terra E61"], "en"),
    ("which beans should I use in the auto 3", ["Budai Crema"], "en"),
    ("melyik gépet ajánlanátok kezdőnek?", [], "hu"),
    ("Kann ich die Duo 58 an die Wasserleitung anschließen?", ["24", "900"], "de"),
    ("cât durează încălzirea la Terra E61?", ["25"], "ro"),
    ("koliko stane Duo 58?", ["459", "900"], "sl"),
]:
    c(m, False, "product_info", "machines-guide", mm, l=l)

# --------------------------------------------------- cleaning and descaling
for m, mm, l in [
    ("how often should i descale", ["water hardness"], "en"),
    ("can i descale the terra e61 myself", ["descaling service"], "en"),
    ("do i backflush the piccola 2?", ["no 3-way valve"], "en"),
    ("auto 3 shows E-04", ["brew unit"], "en"),
    ("auto 3 says E-07 what does it mean", ["stir the beans"], "en"),
    ("water runs down the side of the portafilter when pulling a shot", ["gasket"], "en"),
    ("milyen gyakran kell vízkőteleníteni a gépet?", [], "hu"),
    ("Darf ich die Terra E61 selbst entkalken?", [], "de"),
    ("Auto 3 arată eroarea E-01", [], "ro"),
    ("kako pogosto naj zamenjam vodni filter?", ["2", "60"], "sl"),
]:
    c(m, False, "product_info", "machine-care", mm, l=l)

# ---------------------------------------------------------------- warranty
for m, mm, l in [
    ("my piccola stopped heating, bought it in march", ["kavekanna.hu/szerviz"], "en"),
    ("are the burrs covered by warranty?", ["wear parts"], "en"),
    ("we use the duo 58 in our office with 25 people, is it still covered", ["10 people"], "en"),
    ("will I get a loan machine while mine is in warranty repair", ["5 working days"], "en"),
    ("mennyi a garancia a kávégépre?", ["2"], "hu"),
    ("Meine Maschine heizt nicht mehr, was muss ich tun?", ["kavekanna.hu/szerviz"], "de"),
    ("cât durează o reparație în garanție?", ["15"], "ro"),
    ("aparat pušča vodo, kupljen je pred tremi meseci", ["kavekanna.hu/szerviz"], "sl"),
]:
    c(m, False, "return_refund", "warranty", mm, l=l)

# ---------------------------------------------------------- service workshop
for m, mm, l in [
    ("how much is a descaling service for an e61 machine", ["24", "900"], "en"),
    ("can you fix my delonghi bean to cup", ["do not repair"], "en"),
    ("gasket change while I wait, how much?", ["7", "900"], "en"),
    ("can I borrow a machine while mine is in for a normal repair", ["2", "990"], "en"),
    ("i live in szeged, can you collect my machine for a service", ["4", "990"], "en"),
    ("mennyibe kerül a vízkőtelenítés egy egykazános gépnél?", ["14", "900"], "hu"),
    ("Repariert ihr auch Mühlen?", ["12", "900"], "de"),
    ("koľko stojí diagnostika kávovaru?", ["9", "900"], "sk"),
    ("puteți ridica aparatul din România pentru service?", ["25"], "ro"),
    ("ali imate nadomestni aparat med popravilom?", [], "sl"),
]:
    c(m, False, "product_info", "service-workshop", mm, l=l)

# ---------------------------------------------------------- barista school
for m, mm, l in [
    ("what courses do you have", ["Home Barista"], "en"),
    ("how much is the latte art course", ["24", "900"], "en"),
    ("I bought a machine from you, is there a discount on a course?", ["20%"], "en"),
    ("can I cancel my course if it's 10 days away", ["full refund"], "en"),
    ("my course is in 3 days and I've got the flu, what are my options", ["50%"], "en"),
    ("price for a private lesson for me and my wife?", ["29", "900"], "en"),
    ("mennyibe kerül a Barista Basics tanfolyam?", ["39", "900"], "hu"),
    ("koľko stojí kurz Home Barista?", ["19", "900"], "sk"),
    ("aveți curs profesional de barista cu certificat?", ["129", "000"], "ro"),
    ("ali lahko namesto prijateljice na tečaj pridem jaz?", [], "sl"),
]:
    c(m, False, "product_info", "barista-school", mm, l=l)

# -------------------------------------------------------------------- Kávéklub
for m, mm, l in [
    ("how does kaveklub work", ["10% off"], "en"),
    ("how do i cancle the kaveklub", ["Cancel Kávéklub"], "en"),
    ("not cancelling yet, just asking: does it cost anything to cancel?", ["free of charge"], "en"),
    ("how do I skip the next delivery, still have a full bag", ["Skip next delivery"], "en"),
    ("going away for 6 weeks, can I pause the coffee subscription", ["2 to 8 weeks"], "en"),
    ("can I pay kaveklub by bank transfer?", ["card or PayPal"], "en"),
    ("no need for a person, just tell me how to pause it", ["Pause"], "en"),
    ("if I cancel today do I still get the coffee you charged on monday?", ["still sent"], "en"),
    ("can i use KANNA10 on kaveklub", ["discount codes"], "en"),
    ("hogyan tudom lemondani a Kávéklubot?", [], "hu"),
    ("szüneteltethetem az előfizetést a nyárra?", ["8"], "hu"),
    ("môžem zmeniť interval na každé 4 týždne?", ["4"], "sk"),
    ("koliko je popusta u pretplati?", ["10"], "hr"),
]:
    c(m, False, "account", "kaveklub", mm, l=l)

# ------------------------------------------------------------------- payment
for m, mm, l in [
    ("wat payment methods do u take", ["PayPal"], "en"),
    ("can i pay cash on delivery", ["490"], "en"),
    ("can I pay the duo 58 in instalments", ["0% interest"], "en"),
    ("I see 2 payments on my card for one order, is that a mistake?", ["5–7 working days"], "en"),
    ("payment failed but the money is blocked on my account", ["reservation"], "en"),
    ("lehet utánvéttel fizetni?", ["490"], "hu"),
    ("van részletfizetés kávégépre?", ["100", "000"], "hu"),
    ("môžem platiť bankovým prevodom?", ["5"], "sk"),
    ("pot plăti ramburs în România?", [], "ro"),
]:
    c(m, False, "payment", "payment", mm, l=l)

# ------------------------------------------------------------------ invoices
for m, mm, l in [
    ("where do I download my invoice", ["My orders"], "en"),
    ("I need an invoice with our company tax number", ["Company purchase"], "en"),
    ("forgot to put the company name on last week's order, can the invoice be fixed?", ["30 days"], "en"),
    ("we're an austrian gmbh, do we pay hungarian vat?", ["reverse charge"], "en"),
    ("can I get an invoice for the coffees I had in the café yesterday", ["when you pay"], "en"),
    ("céges számlát szeretnék, hol adom meg az adószámot?", [], "hu"),
    ("potrebujem faktúru na firmu s IČ DPH", [], "sk"),
]:
    c(m, False, "payment", "invoices", mm, l=l)

# ---------------------------------------------------------------- gift cards
for m, mm, l in [
    ("how long is a gift card valid", ["2 years"], "en"),
    ("how do i check the balance on my gift card", ["Check balance"], "en"),
    ("can a gift card pay for a barista course", ["barista school"], "en"),
    ("can I use my gift card for kaveklub", ["cannot be used for Kávéklub"], "en"),
    ("how long is a course voucher valid", ["12 months"], "en"),
    ("meddig érvényes az ajándékkártya?", ["2"], "hu"),
    ("ali lahko darilni bon porabim za tečaj?", [], "sl"),
]:
    c(m, False, "payment", "gift-cards", mm, l=l)

# ------------------------------------------------ discounts, price promise
for m, mm, l in [
    ("where do I put a discount code", ["Discount code"], "en"),
    ("can i use two codes on one order", ["One discount code per order"], "en"),
    ("KANNA10 doesnt work on the malom 64", ["grinders"], "en"),
    ("forgot to enter my code, can you add it now?", ["cannot be added"], "en"),
    ("what's the minimum order for the welcome code", ["8", "000"], "en"),
    ("saw the terra e61 cheaper somewhere else after I bought it, do you price match?", ["14 days"], "en"),
    ("does the price promise count for a marketplace seller?", ["marketplace"], "en"),
    ("Gilt der Willkommenscode auch für Maschinen?", [], "de"),
    ("máte zľavový kód pre nových zákazníkov?", ["10"], "sk"),
    ("aveți garanția celui mai bun preț la espressoare?", ["14"], "ro"),
]:
    c(m, False, "payment", "discount-codes", mm, l=l)

# ------------------------------------------------------------------- account
for m, mm, l in [
    ("forgot my pasword", ["Forgot password?"], "en"),
    ("reset link says expired", ["60 minutes"], "en"),
    ("account locked after trying a few passwords", ["30 minutes"], "en"),
    ("I always ordered as a guest, can I see those orders if I make an account?", ["same e-mail address"], "en"),
    ("elfelejtettem a jelszavam", ["60"], "hu"),
    ("Passwort vergessen, was nun?", [], "de"),
    ("am uitat parola", ["60"], "ro"),
    ("kako spremenim e-naslov v računu?", [], "sl"),
]:
    c(m, False, "account", "account", mm, l=l)

# ------------------------------------------------------------------- privacy
for m, mm, l in [
    ("how do I delete my account", ["Delete account"], "en"),
    ("how long do you keep my invoices after I delete the account", ["8 years"], "en"),
    ("I unsubscribed yesterday and still got a newsletter today", ["48 hours"], "en"),
    ("hogyan törölhetem a fiókomat?", ["30"], "hu"),
    ("An wen schreibe ich wegen einer DSGVO-Auskunft?", [ADAT], "de"),
    ("kako izbrišem račun?", ["30"], "sl"),
]:
    c(m, False, "account", "privacy", mm, l=l)

# ------------------------------------------------- products (data answers)
for m, mm, l in [
    ("how much is the piccola 2", ["189", "900"], "en"),
    ("is the guatemala antigua in stock?", [], "en"),
    ("how heavy is the duo 58", ["29 kg"], "en"),
    ("price of the malom 64", ["129", "900"], "en"),
    ("how much is a 1 kg bag of no. 7", ["14", "990"], "en"),
    ("does the moka pot work on induction", ["induction"], "en"),
    ("how much are the decaf capsules", ["1", "990"], "en"),
    ("when do the burrs on the malom 64 need replacing", ["500 kg"], "en"),
    ("mennyibe kerül a Kenya Nyeri AA?", ["6", "290"], "hu"),
    ("Was kostet die Terra E61?", ["329", "900"], "de"),
    ("koľko stojí 50 kapsúl Crema?", ["8", "490"], "sk"),
    ("cât costă râșnița manuală Malom 38?", ["34", "900"], "ro"),
    ("koliko košta Etiópia od 1 kg?", ["18", "990"], "hr"),
]:
    c(m, False, "product_info", None, mm, l=l)

# ------------------------------------------------------- order status (data)
for m, mm, mnm, l, cu in [
    ("where is my order KK/2025/03862?", ["shipped", "51203862017"], [], "en", "u24001"),
    ("hol tart a 03862-es rendelésem?", ["51203862017"], [], "hu", "u24001"),
    ("did my 1 kg kolumbia from may ever arrive?", ["delivered"], [], "en", "u24001"),
    ("Wo ist meine Bestellung KK 2025 03877?", ["1041280387700155"], [], "de", "u24002"),
    ("kde je moja objednávka 202503881?", ["Z3388104521"], [], "sk", "u24003"),
    ("unde este comanda mea KK/2025/03869? e un espressor", ["1SDY73803869001"], [], "ro", "u24004"),
    ("gdje je moja narudžba #03858?", ["60203858112"], [], "hr", "u24005"),
    ("has my duo 58 order KK-2025-03902 shipped yet?", ["paid"], [], "en", "u24007"),
    ("status of order kk2025/03915?", ["paid"], [], "en", "u24009"),
    ("Ist KK/2025/03801 schon zugestellt worden?", ["1041280380100462"], [], "de", "u24014"),
    ("hol van a kávéklubos csomagom? KK/2025/03896", ["CLFOX0389614552"], [], "hu", "u24015"),
    ("kje je moj mlinček? naročilo KK/2025/03884", ["70203884190"], [], "sl", "u24022"),
    ("foxpost code for 03879?", ["CLFOX0387922018"], [], "en", "u24023"),
    ("is my click & collect order 03905 ready to pick up?", ["paid"], [], "en", "u24025"),
    ("megjött már a kotyogós rendelésem? 2025/03770", ["JJH30A1KK037700018"], [], "hu", "u24029"),
    ("KK 2025 03874 merre jár?", ["JJH30A1KK038740025"], [], "hu", "u24032"),
    ("a fost livrată comanda 03720?", ["1SDY73803720004"], [], "ro", "u24033"),
    ("Wurde KK/2025/03914 schon verschickt?", [], [], "de", "u24034"),
    ("my capsules order #KK/2025/03890, where is it", ["51203890063"], [], "en", "u24039"),
    ("did the refund for 03750 go through? what does it say", ["refunded"], [], "en", "u24041"),
    ("where's my french press, ordered it yesterday afternoon", ["51203898035"], [], "en", "u24042"),
    ("objednávka KK/2025/03852 už bola doručená?", ["Z3385209914"], [], "sk", "u24044"),
    ("unde e coletul cu capsule? 202503893", ["1SDY73803893007"], [], "ro", "u24046"),
    ("je bilo naročilo 03819 dostavljeno?", ["70203819052"], [], "sl", "u24050"),
    ("zašto je narudžba 03912 još na čekanju?", [], [], "hr", "u24021"),
    ("când pleacă comanda KK/2025/03907?", [], [], "ro", "u24020"),
    ("which order was my latte art course booking, and is it confirmed?", ["KK/2025/03888"], [], "en", "u24036"),
    ("did my grinder from december get delivered to the right address? order 2024/02587", ["delivered"], [], "en", "u24028"),
]:
    c(m, False, "order_status", None, mm, mnm, l=l, cu=cu)
# someone else's order / no such order / no number at all
for m, mnm, l in [
    ("where is order KK/2025/03862?", ["51203862017"], "en"),
    ("Wo ist die Bestellung 202503877?", ["1041280387700155"], "de"),
    ("hol tart a KK/2025/04417 rendelés?", [], "hu"),
    ("where's my coffee? ordered 2 bags of ethiopia last week", ["51203862017"], "en"),
    ("kde je moja objednávka? nemám číslo", ["Z3388104521"], "sk"),
]:
    c(m, False, "order_status", None, [], mnm, l=l)
c("where is my order 04417? it's been a week", False, "order_status", None, [], [], cu="u24009")
# orders whose timing a page explains
c("when will my duo 58 KK/2025/03902 leave? paid it yesterday evening", False, "order_status", "machine-delivery", ["working day after payment"], cu="u24007")
c("order 03911 still says pending, I sent the bank transfer this morning", False, "payment", "payment", ["until the money arrives"], cu="u24008")
c("KK/2025/03781 sat in the foxpost and I didn't make it in time, what happens now?", False, "shipping", "delivery-problems", ["normal shipping price"], cu="u24047")
c("my order 03848 to bratislava hasn't moved in tracking since 30 june", False, "shipping", "delivery-problems", [MAIL], cu="u24030")
c("a 03905-öt mikor vehetem át a boltban?", False, "order_status", "store-pickup", ["2"], l="hu", cu="u24025")

# ============================================================ hand-overs
# --------------------------------------------- explicit asks for a person
for m, l in [
    ("can i talk to a real person", "en"),
    ("human please", "en"),
    ("agent", "en"),
    ("transfer me pls", "en"),
    ("is there a real person there?", "en"),
    ("can someone call me back? +36 30 412 7788", "en"),
    ("I want to speak to your manager", "en"),
    ("can I speak to Réka from the barista school? she taught my course", "en"),
    ("put me through to the service workshop, I want a technician", "en"),
    ("id rather talk to a human tbh", "en"),
    ("I would appreciate it if a member of your team could contact me.", "en"),
    ("get me someone who actually knows espresso machines", "en"),
    ("beszélhetnék egy élő emberrel?", "hu"),
    ("kérek egy ügyintézőt", "hu"),
    ("hívjon vissza valaki légyszi, 06 30 555 1234", "hu"),
    ("a boltvezetővel szeretnék beszélni", "hu"),
    ("Kann ich mit einem Menschen sprechen?", "de"),
    ("Bitte verbinden Sie mich mit einem Mitarbeiter.", "de"),
    ("Kann mich jemand zurückrufen?", "de"),
    ("môžem hovoriť so živým človekom?", "sk"),
    ("chcem operátora, nie robota", "sk"),
    ("pot vorbi cu o persoană reală?", "ro"),
    ("vreau să vorbesc cu un operator", "ro"),
    ("mă poate suna cineva înapoi? 0744 218 390", "ro"),
    ("mogu li razgovarati s pravom osobom?", "hr"),
    ("može li me netko nazvati?", "hr"),
    ("lahko govorim z živo osebo?", "sl"),
    ("prosim, povežite me s sodelavcem", "sl"),
]:
    c(m, True, "human_request", None, l=l)

# ------------------------------------ press, wholesale and partnerships
for m, l in [
    ("I'm a journalist at HVG writing about specialty coffee in Budapest, could someone from the management contact me?", "en"),
    ("We run a small café in Győr and want to talk to someone about buying your beans wholesale", "en"),
    ("Szeretnénk az irodánkba havonta kávét rendelni, kivel beszélhetnék erről?", "hu"),
    ("Wir sind ein Hotel in Graz und möchten mit jemandem über Kaffee für unser Frühstück sprechen.", "de"),
    ("sme kaviareň v Bratislave, s kým sa môžem baviť o veľkoobchode?", "sk"),
    ("sunt creatoare de conținut despre cafea cu 40k urmăritori, cu cine pot vorbi despre o colaborare?", "ro"),
]:
    c(m, True, "human_request", "contact", l=l)

# -------------------------------------------- cancel or change an order
for m, it, art, l, cu in [
    ("please cancel my order KK/2025/03915", "order_status", "order-changes", "en", "u24009"),
    ("törölnétek a 03915-ös rendelést? rosszat választottam", "order_status", "order-changes", "hu", "u24009"),
    ("can you change the grind on 03915 to moka pot? just ordered it", "order_status", "order-changes", "en", "u24009"),
    ("please cancel the duo 58, order 03902, my husband bought one too", "order_status", "order-changes", "en", "u24007"),
    ("can you add the home setup to my duo 58 order KK/2025/03902?", "order_status", "order-changes", "en", "u24007"),
    ("a 03902-es rendeléshez kérném a budapesti beüzemelést is", "order_status", "order-changes", "hu", "u24007"),
    ("please change the delivery address on KK/2025/03907, I've moved to Brașov", "order_status", "order-changes", "en", "u24020"),
    ("vă rog schimbați adresa de livrare pentru comanda 03907", "order_status", "order-changes", "ro", "u24020"),
    ("Bitte bei KK/2025/03914 noch einen Wasserfilter dazugeben", "order_status", "order-changes", "de", "u24034"),
    ("Könnt ihr KK 2025 03914 an meine Büroadresse schicken statt nach Hause?", "order_status", "order-changes", "de", "u24034"),
    ("prosim, prekličite naročilo KK/2025/03913", "order_status", "order-changes", "sl", "u24038"),
    ("can you switch 03905 from click & collect to delivery? I can't come into town this week", "order_status", "order-changes", "en", "u24025"),
    ("molim vas otkažite narudžbu 03912", "order_status", "order-changes", "hr", "u24021"),
    ("please send my foxpost parcel 03781 again, I missed the pickup", "order_status", "delivery-problems", "en", "u24047"),
    ("pošlite mi prosím balík znova, vrátil sa vám", "order_status", "delivery-problems", "sk", None),
    ("I got 2 bags of No. 7 in 03831 but want to swap one for Budai Crema, can you exchange it inside the order?", "return_refund", "returns", "en", "u24017"),
    ("a 03831-ben lévő egyik No. 7-et kicserélnétek Budai Cremára? bontatlan", "return_refund", "returns", "hu", "u24017"),
    ("I want my money back for the tamper in 03869, please just refund it", "return_refund", "returns", "en", "u24004"),
    ("please move my latte art course (03888) to another date, I can't make the 19th", "order_status", "barista-school", "en", "u24036"),
    ("kérlek tegyétek át a latte art tanfolyamomat egy későbbi időpontra", "order_status", "barista-school", "hu", "u24036"),
    ("cancel my kaveklub for me please, the page won't load", "account", "kaveklub", "en", "u24015"),
    ("kérlek mondjátok le helyettem a Kávéklubot, nem tudok belépni", "account", "kaveklub", "hu", None),
    ("please skip my next kaveklub delivery for me, I can't log in from abroad", "account", "kaveklub", "en", None),
    ("Bitte pausiert mein Kaffee-Abo für mich, ich komme nicht ins Konto", "account", "kaveklub", "de", None),
    ("zrušte mi prosím predplatné Kávéklub, neviem sa prihlásiť", "account", "kaveklub", "sk", None),
    ("vă rog anulați voi abonamentul meu Kávéklub", "account", "kaveklub", "ro", None),
    ("zamijenite mi kavu u pretplati za decaf, molim vas", "account", "kaveklub", "hr", None),
    ("prosim ustavite mojo naročnino namesto mene, ne najdem gumba", "account", "kaveklub", "sl", None),
]:
    c(m, True, it, art, l=l, cu=cu)

# --------------------------------------------- things only staff can do
E = []  # (message, intent, article, lang, customer)
E += [  # charged twice / unknown charge
    ("you charged me twice for KK/2025/03722, 30 970 Ft two times, both booked for 10 days now", "payment", "payment", "en", "u24013"),
    ("kétszer vonták le a 03722-es rendelés árát, már két hete mindkettő könyvelve van", "payment", "payment", "hu", "u24013"),
    ("Sie haben zweimal abgebucht, beide Buchungen sind seit über einer Woche fix", "payment", "payment", "de", None),
    ("strhli ste mi peniaze dvakrát za tú istú objednávku, obe platby sú zaúčtované", "payment", "payment", "sk", None),
    ("mi-ați luat banii de două ori pentru aceeași comandă, de două săptămâni", "payment", "payment", "ro", None),
    ("there's a charge from kave kanna on my card and I've never ordered from you", "payment", None, "en", None),
]
E += [  # charged after cancelling
    ("I cancelled the malom 64 (03640) on 20 june and the 129 900 Ft was still taken, it's not a reservation", "payment", "order-changes", "en", "u24012"),
    ("lemondtam a 03640-es rendelést, mégis levonták az árát", "payment", "order-changes", "hu", "u24012"),
    ("Bestellung storniert und trotzdem abgebucht, das ist keine Vormerkung", "payment", "order-changes", "de", None),
    ("I cancelled kaveklub last week, I have the confirmation e-mail, and you charged me again on monday", "account", "kaveklub", "en", "u24015"),
    ("lemondtam a Kávéklubot, mégis levontatok 8 082 Ft-ot", "account", "kaveklub", "hu", "u24015"),
    ("Kávéklub mám pozastavený a aj tak ste mi strhli peniaze", "account", "kaveklub", "sk", None),
    ("am anulat abonamentul și tot mi-ați luat banii", "account", "kaveklub", "ro", None),
]
E += [  # refund missing
    ("returned the kettle in june, order says refunded since 12 june and there's nothing on my card", "return_refund", "returns", "en", "u24010"),
    ("a 03512-es vízforraló visszatérítése három hete nem érkezett meg", "return_refund", "returns", "hu", "u24010"),
    ("I sent back two unopened bags a month ago and still no money", "return_refund", "returns", "en", None),
    ("povrat novca za vraćeni aparat još nije stigao, prošlo je 5 tjedana", "return_refund", "returns", "hr", None),
    ("vračilo denarja za vrnjen paket še ni prišlo, že mesec dni čakam", "return_refund", "returns", "sl", None),
]
E += [  # vanished credit, gift card never arrived
    ("my Kanna credit from the Piccola return (03601) was in my account and now it's gone", "payment", "gift-cards", "en", "u24018"),
    ("dobropis z vráteného kávovaru mi zmizol z účtu", "payment", "gift-cards", "sk", "u24018"),
    ("I bought a 15 000 Ft gift card for my sister (KK/2025/03755), resent it twice from My orders, not in spam, she still has nothing", "payment", "gift-cards", "en", "u24016"),
    ("az ajándékkártya azóta sem érkezett meg, pedig kétszer újraküldtem", "payment", "gift-cards", "hu", "u24016"),
    ("Das Guthaben auf meiner Geschenkkarte ist plötzlich weg", "payment", "gift-cards", "de", None),
]
E += [  # warranty repairs that failed, claims and loan machines nobody handled
    ("my terra e61 (KK/2024/02231) was repaired under warranty in may and now it leaks again from the same spot", "return_refund", "warranty", "en", "u24011"),
    ("a Terra E61-et garanciában megjavították, és megint ugyanaz a hiba", "return_refund", "warranty", "hu", "u24011"),
    ("sent the warranty form with a video 8 days ago, nobody has answered", "return_refund", "warranty", "en", "u24035"),
    ("poslala som reklamáciu pred 10 dňami a nikto sa neozval", "return_refund", "warranty", "sk", None),
    ("aparat mi je popravljen u jamstvu i opet ne radi, isti kvar", "return_refund", "warranty", "hr", None),
    ("aparatul reparat în garanție s-a stricat din nou", "return_refund", "warranty", "ro", None),
    ("the loan machine you promised during my warranty repair never came, two weeks without coffee now", "return_refund", "warranty", "en", None),
]
E += [  # delivered, not received, already looked
    ("Post says KK/2025/03801 was delivered on 2 July. I checked the letterbox, asked the neighbours and went to the post office, nothing, for a week now", "complaint", "delivery-problems", "en", "u24014"),
    ("Laut Post zugestellt, ich hab alle Nachbarn gefragt und bei der Post nachgeschaut, seit 8 Tagen nichts", "complaint", "delivery-problems", "de", "u24014"),
    ("a csomag kézbesítve, megkérdeztem a szomszédokat és a házmestert is, semmi, már egy hete", "complaint", "delivery-problems", "hu", None),
    ("coletul apare livrat, am întrebat vecinii și am verificat easybox-ul, nimic de o săptămână", "complaint", "delivery-problems", "ro", None),
]
E += [  # payment provider says paid, shop says unpaid
    ("SimplePay says my payment was successful, I have the SP number, but order 03909 is still pending since yesterday", "payment", "payment", "en", "u24027"),
    ("a SimplePay szerint sikeres volt a fizetés, a 03909 mégis függőben van tegnap óta", "payment", "payment", "hu", "u24027"),
    ("PayPal shows the payment as completed but your shop says unpaid and wants me to pay again", "payment", "payment", "en", None),
    ("banka kaže da je plaćanje prošlo, a narudžba je i dalje na čekanju već dva dana", "payment", "payment", "hr", None),
]
E += [  # price promise refunds
    ("found the Terra E61 for 299 900 Ft at an authorised dealer 5 days after delivery, sent the form with the link, please refund the difference", "payment", "discount-codes", "en", "u24026"),
    ("Die Terra E61 ist bei einem anderen Händler 60 Euro günstiger, bitte erstattet mir die Differenz", "payment", "discount-codes", "de", "u24026"),
    ("I sent the price promise form 10 days ago, no answer and no refund", "payment", "discount-codes", "en", None),
]
E += [  # invoice, order not placed, someone else's data, deletion, locked out
    ("second time asking: the invoice still has our old company name and our accountant won't accept it", "payment", "invoices", "en", None),
    ("már másodszor kérem, a számlán még mindig rossz az adószám", "payment", "invoices", "hu", None),
    ("there's an order KK/2025/03870 on my account for 3 boxes of capsules, I never placed it", "account", None, "en", "u24019"),
    ("a fiókomban van egy rendelés, amit nem én adtam le", "account", None, "hu", "u24019"),
    ("v mojom účte je objednávka, ktorú som nerobil", "account", None, "sk", None),
    ("I logged in and I can see someone else's name and address in my account!", "account", "privacy", "en", None),
    ("vidim tuđu adresu i narudžbe u svom računu", "account", "privacy", "hr", None),
    ("I deleted my account in april and I still get your newsletters", "account", "privacy", "en", None),
    ("Ich habe vor zwei Monaten die Löschung meiner Daten beantragt, passiert ist nichts", "account", "privacy", "de", None),
    ("am cerut ștergerea datelor acum 2 luni și încă primesc e-mailuri", "account", "privacy", "ro", None),
    ("done the forgot password thing 4 times, nothing arrives, not in spam either, and my kaveklub is in there", "account", "account", "en", None),
    ("ötször kértem új jelszót, nem jön levél, a spamben sincs", "account", "account", "hu", None),
    ("reset hesla som skúšal trikrát, mail nechodí ani do spamu", "account", "account", "sk", None),
]
E += [  # someone unwell or hurt
    ("drank two of your cold brews and now my heart is racing and I feel dizzy", "complaint", "caffeine", "en", None),
    ("my son drank half a bottle of cold brew concentrate and keeps vomiting", "complaint", "caffeine", "en", None),
    ("a Piccola gőzkarja lecsúszott és leforrázta a kezemet, orvoshoz kellett mennem", "complaint", "machine-care", "hu", None),
    ("the machine gave me an electric shock when I touched the group", "complaint", "machine-care", "en", None),
    ("Nach dem Kuchen in eurem Café hatte ich Ausschlag und musste zum Arzt, Nüsse standen nicht auf der Liste", "complaint", "caffeine", "de", None),
    ("po kavi v vaši kavarni so mi otekle ustnice, morala sem k zdravniku", "complaint", "caffeine", "sl", None),
]
E += [  # legal threats and staff
    ("I've written three times about my broken grinder and keep getting 'we're looking into it'. If it's not sorted by friday I'm going to the consumer protection authority", "complaint", None, "en", None),
    ("ha nem oldják meg a héten, a fogyasztóvédelemhez fordulok", "complaint", None, "hu", None),
    ("the barista at the counter was really rude to my mother this morning", "complaint", None, "en", None),
    ("a tanfolyamon az oktató végig telefonált, ez elfogadhatatlan", "complaint", None, "hu", None),
    ("the setup technician came 3 hours late and scratched my worktop", "complaint", None, "en", None),
    ("Ihr Techniker hat beim Aufstellen meine Arbeitsplatte zerkratzt", "complaint", None, "de", None),
    ("dacă nu rezolvați până vineri, depun plângere la ANPC", "complaint", None, "ro", None),
]
for m, it, art, l, cu in E:
    c(m, True, it, art, l=l, cu=cu)

# ================================================== conversations (2-4 turns)
# ---- a question is answered, then a person is asked for
for msgs, art, l in [
    (["how much is the home setup in budapest", "ok. can I talk to someone about which machine fits our kitchen"], "machine-delivery", "en"),
    (["how does kaveklub work?", "hmm ok, can a human explain it to me on the phone"], "kaveklub", "en"),
    (["what's the warranty on the duo 58", "right. i'd like to talk to a technician before I buy"], "warranty", "en"),
    (["whats your return policy", "fine. human please"], "returns", "en"),
    (["how much is shipping to romania", "ok can someone call me about it, I'm ordering for our whole office"], "shipping", "en"),
    (["do your capsules fit vertuo", "ok. is there anyone I can actually talk to about this"], "capsules", "en"),
    (["how often should I descale", "can someone from the workshop just do it? I'm in the 7th district"], "machine-care", "en"),
    (["how much is the latte art course", "cool, can I speak to the trainer first?"], "barista-school", "en"),
    (["mennyibe kerül a beüzemelés?", "rendben. felhívna valaki, hogy egyeztessünk időpontot?"], "machine-delivery", "hu"),
    (["hogyan működik a Kávéklub?", "inkább egy emberrel beszélném meg"], "kaveklub", "hu"),
    (["mennyi a garancia a Piccolára?", "beszélhetnék egy szerelővel?"], "warranty", "hu"),
    (["Was kostet der Versand nach Österreich?", "Okay. Kann mich bitte jemand anrufen?"], "shipping", "de"),
    (["Wie lange habe ich Garantie auf die Mühle?", "Ich würde gern mit einem Techniker sprechen"], "warranty", "de"),
    (["koľko stojí doprava na Slovensko?", "dobre, môžem hovoriť s niekým živým?"], "shipping", "sk"),
    (["ako funguje predplatné?", "radšej by som to prebral s človekom"], "kaveklub", "sk"),
    (["cât costă livrarea în România?", "bine, pot vorbi cu cineva?"], "shipping", "ro"),
    (["cum funcționează returul?", "aș prefera să vorbesc cu o persoană"], "returns", "ro"),
    (["koliko košta tečaj latte arta?", "može li me netko nazvati oko termina?"], "barista-school", "hr"),
    (["koliko traje jamstvo na aparat?", "lahko govorim s serviserjem?"], "warranty", "sl"),
    (["koliko stane poštnina v Slovenijo?", "hvala, ampak bi vseeno rad govoril z nekom"], "shipping", "sl"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- frustration that builds over the turns (no swearing)
for msgs, it, art, l in [
    (["how do I skip a kaveklub delivery", "there's no skip button in My Kávéklub", "I've looked three times now, it's not there, this isn't helping"], "complaint", "kaveklub", "en"),
    (["where's my invoice", "it's not under My orders", "still not there. you keep sending me the same text"], "complaint", "invoices", "en"),
    (["the reset link doesn't work", "I clicked it straight away, it says expired", "this is going in circles, I just want to log in"], "complaint", "account", "en"),
    (["my parcel is late", "yes I checked tracking, it hasn't moved in 6 days", "you're just repeating yourself"], "complaint", "delivery-problems", "en"),
    (["KANNA10 doesn't work", "it's my first order, 12 000 Ft of coffee, no machine", "it says invalid every single time, tried 4 times. not helpful"], "complaint", "discount-codes", "en"),
    (["my piccola shows CAL", "I descaled it yesterday with your descaler", "it STILL says CAL. third time I'm telling you"], "complaint", "machine-care", "en"),
    (["hol a számlám?", "a rendeléseimnél nincs ott", "ezt már harmadszor kérdezem, nem segít"], "complaint", "invoices", "hu"),
    (["hogyan hagyhatok ki egy szállítást?", "nincs ilyen gomb", "már háromszor leírtam, hogy nincs gomb, ez így nem megy"], "complaint", "kaveklub", "hu"),
    (["Mein Paket bewegt sich nicht", "Ja, das hab ich schon kontrolliert", "Sie antworten immer nur dasselbe, das bringt nichts"], "complaint", "delivery-problems", "de"),
    (["zabudol som heslo", "mail neprišiel", "stále nič, už tretíkrát, je to frustrujúce"], "complaint", "account", "sk"),
    (["unde găsesc factura?", "nu e la comenzile mele", "vă scriu a treia oară același lucru, nu mă ajută"], "complaint", "invoices", "ro"),
    (["kako preskočim dostavu?", "nema tog gumba", "već treći put pišem isto, ovo ne pomaže"], "complaint", "kaveklub", "hr"),
    (["kako se prijavim v svoj račun?", "povezave nisem dobil", "spet nič, to je že tretjič, res frustrirajoče"], "complaint", "account", "sl"),
]:
    c(msgs, True, it, art, l=l)
# frustration that ends with an ask for a person
for msgs, art, l in [
    (["my tracking hasn't moved since monday", "yes I checked the link", "ok this is pointless, get me a human"], "delivery-problems", "en"),
    (["how do I change the coffee in my kaveklub", "I did Change Kávéklub, it still shows No. 7", "forget it, let me talk to someone"], "kaveklub", "en"),
    (["auto 3 says E-04", "I took the brew unit out and rinsed it twice", "can a real person please help me"], "machine-care", "en"),
    (["a csomag nem mozdul", "igen, megnéztem", "akkor kérek egy embert"], "delivery-problems", "hu"),
    (["Der Gutscheincode geht nicht", "Hab ihn mehrmals eingegeben", "Dann bitte einen Mitarbeiter"], "discount-codes", "de"),
    (["parola nu merge", "am încercat deja de trei ori", "vreau să vorbesc cu un om"], "account", "ro"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- an answered question, then the staff-only problem comes out
for msgs, it, art, l, cu in [
    (["how long does a refund take", "well, 03512 has said refunded since 12 june and I have nothing"], "return_refund", "returns", "en", "u24010"),
    (["why do I see 2 payments", "it's been 2 weeks and both are booked, not pending"], "payment", "payment", "en", "u24013"),
    (["how do I cancel kaveklub", "I did that last week and got charged anyway"], "account", "kaveklub", "en", "u24015"),
    (["how do I pause the subscription", "I paused it in june and you charged me this week anyway"], "account", "kaveklub", "en", None),
    (["how long is the warranty on machines", "mine was already repaired once under it and it broke again, same fault"], "return_refund", "warranty", "en", "u24011"),
    (["how do I delete my account", "I did that in march and I still get your e-mails"], "account", "privacy", "en", None),
    (["where do I see my credit", "it was there last week and now it's gone"], "payment", "gift-cards", "en", "u24018"),
    (["what should I do if I had too much coffee", "ok, but my chest is tight right now and my heart won't slow down"], "complaint", "caffeine", "en", None),
    (["how does the price promise work", "I did all that a week ago, sent the screenshot, nothing"], "payment", "discount-codes", "en", "u24026"),
    (["mennyi idő a visszatérítés?", "a 03512-es rendelés pénze már három hete nincs meg"], "return_refund", "returns", "hu", "u24010"),
    (["hogyan mondom le a Kávéklubot?", "megtettem múlt héten, és mégis levontátok"], "account", "kaveklub", "hu", "u24015"),
    (["Wie lange dauert eine Rückerstattung?", "Ich warte seit fünf Wochen auf mein Geld"], "return_refund", "returns", "de", None),
    (["cât durează garanția?", "aparatul a fost deja reparat o dată și iar nu merge"], "return_refund", "warranty", "ro", None),
    (["kako izbrišem račun?", "to sem naredila že aprila in še vedno dobivam e-pošto"], "account", "privacy", "sl", None),
    (["kako funkcionira povrat?", "vratio sam paket prije mjesec dana i novca još nema"], "return_refund", "returns", "hr", None),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- a problem reported, then it turns out staff are needed
for msgs, it, art, l, cu in [
    (["my coffee bag arrived torn", "I sent the photos to hello@ 6 days ago and nobody has answered"], "complaint", "damaged-parcels", "en", None),
    (["tracking says delivered but I have nothing", "I did all that. letterbox, neighbours, the post office. it's been 6 days", "so what now"], "complaint", "delivery-problems", "en", "u24014"),
    (["my piccola 2 stopped heating", "I filled in the warranty form 9 days ago, no reply, still no coffee"], "return_refund", "warranty", "en", "u24035"),
    (["I cancelled an order, when do I get the money?", "it's been 3 weeks and it's booked, not reserved"], "payment", "order-changes", "en", "u24012"),
    (["my gift card email never came", "resent it from My orders twice, not in spam either"], "payment", "gift-cards", "en", "u24016"),
    (["my new duo 58 has a dent, box looked fine", "sent photos on the day it came, that was a week ago, still nothing"], "complaint", "damaged-parcels", "en", "u24037"),
    (["auto 3 shows E-11", "I called the workshop twice, nobody picks up, it's been a week"], "return_refund", "warranty", "en", "u24040"),
    (["szakadtan jött a kávé", "egy hete küldtem fotót, azóta semmi"], "complaint", "damaged-parcels", "hu", None),
    (["Laut Post zugestellt, aber nichts da", "Hab ich alles gemacht, ist jetzt fünf Tage her"], "complaint", "delivery-problems", "de", "u24014"),
    (["kapsule prišli rozbité", "fotky som poslala pred týždňom a nikto neodpovedal"], "complaint", "damaged-parcels", "sk", None),
    (["mlinac ne radi, kupljen prije 6 mjeseci", "poslao sam obrazac prije 10 dana, nitko se ne javlja"], "return_refund", "warranty", "hr", None),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- change requests inside a conversation
for msgs, it, art, l, cu in [
    (["can I still cancel an order I placed 20 minutes ago?", "ok then please cancel KK/2025/03915"], "order_status", "order-changes", "en", "u24009"),
    (["until when can a machine order be changed?", "great, then please add the home setup to 03902"], "order_status", "order-changes", "en", "u24007"),
    (["where is my order KK/2025/03862", "can you send it to my office on Andrássy út instead"], "order_status", "order-changes", "en", "u24001"),
    (["módosítható még a rendelés?", "akkor kérem a 03915-ben a Brazilt Kolumbiára cserélni"], "order_status", "order-changes", "hu", "u24009"),
    (["se mai poate anula comanda?", "atunci vă rog anulați KK/2025/03907"], "order_status", "order-changes", "ro", "u24020"),
    (["Kann ich die Bestellung noch ändern?", "Dann bitte bei 03914 die Adresse auf Linz ändern"], "order_status", "order-changes", "de", "u24034"),
    (["how do returns work", "ok, please just refund the tamper from 03869 to my card"], "return_refund", "returns", "en", "u24004"),
    (["how do I cancel kaveklub", "can you just do it for me, the app keeps crashing"], "account", "kaveklub", "en", "u24015"),
    (["can I exchange in the cafe?", "I live in Pécs though. can you swap one No. 7 in 03831 for Budai Crema by post?"], "return_refund", "returns", "en", "u24017"),
    (["how do I rebook my course?", "My orders gives an error. could you move 03888 to the next latte art date for me?"], "order_status", "barista-school", "en", "u24036"),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- follow-ups the assistant answers itself (no hand-over)
for msgs, it, art, mm, l in [
    (["hi", "how much is shipping to austria?"], "shipping", "shipping", ["€12.90"], "en"),
    (["do you ship to croatia", "and from how much is it free?"], "shipping", "shipping", ["€150"], "en"),
    (["what's kaveklub", "and if I want to stop it, how?"], "account", "kaveklub", ["Cancel Kávéklub"], "en"),
    (["can i return coffee", "what about a bag I opened once?"], "return_refund", "returns", ["cannot be returned"], "en"),
    (["how is a machine delivered", "and can someone set it up? I'm in budapest"], "shipping", "machine-delivery", ["14", "900"], "en"),
    (["i want to talk to someone", "actually never mind, just tell me if the café is open sunday"], "other", "cafe", ["9:00–17:00"], "en"),
    (["human please", "no wait, forget it. what's the phone number, I'll call myself"], "other", "contact", [PH], "en"),
    (["is this chat a bot?", "ok, and when are real people here?"], "other", "contact", ["8:00–18:00"], "en"),
    (["no I don't need a person", "just tell me how long a gift card is valid"], "payment", "gift-cards", ["2 years"], "en"),
    (["my coffee bag arrived torn", "is the coffee still ok to drink?"], "complaint", "damaged-parcels", ["Do not drink"], "en"),
    (["post says delivered but I have nothing", "ok, should I wait or write to you now?"], "complaint", "delivery-problems", ["next working day"], "en"),
    (["what's the weather in budapest", "ok never mind. when does the café close today?"], "other", "cafe", ["19:00"], "en"),
    (["is the decaf really caffeine free", "and is it available as capsules?"], "product_info", "caffeine", ["capsules"], "en"),
    (["how often should I backflush the terra", "and with what?"], "product_info", "machine-care", ["cleaning tablet"], "en"),
    (["I need to cancel my kaveklub", "no no, not you, just tell me where the button is"], "account", "kaveklub", ["My Kávéklub"], "en"),
    (["what's the V60 recipe", "and what grind setting on the malom 64?"], "product_info", "grinding", ["18–25"], "en"),
    (["do you have courses", "is there one just for filter coffee?"], "product_info", "barista-school", ["Filter & Brew"], "en"),
    (["my piccola shows CAL", "what do I descale it with?"], "product_info", "machine-care", ["descaler"], "en"),
    (["szia", "mennyi a szállítás GLS-sel?"], "shipping", "shipping", ["1", "990"], "hu"),
    (["egy emberrel akarok beszélni", "á, mindegy. mi a telefonszámotok?"], "other", "contact", [PH], "hu"),
    (["nem kell ügyintéző", "csak mondjátok meg, hogyan szüneteltetem a Kávéklubot"], "account", "kaveklub", [], "hu"),
    (["Servus", "Was kostet der Versand nach Wien?"], "shipping", "shipping", ["12", "90"], "de"),
    (["Ich brauche keinen Mitarbeiter", "Sagen Sie mir nur, wie lange ich zurückgeben kann"], "return_refund", "returns", ["14"], "de"),
    (["dobrý deň", "koľko stojí doprava do Košíc?"], "shipping", "shipping", ["8", "90"], "sk"),
    (["bună ziua", "cât costă livrarea unui espressor la Cluj?"], "shipping", "machine-delivery", ["25"], "ro"),
    (["vreau un operator", "de fapt nu, spuneți-mi doar adresa de e-mail"], "other", "contact", [MAIL], "ro"),
    (["dobar dan", "koliko košta dostava u Zagreb?"], "shipping", "shipping", ["11", "50"], "hr"),
    (["živjo", "kakšen je vaš e-naslov za servis?"], "other", "contact", [SZERVIZ], "sl"),
]:
    c(msgs, False, it, art, mm, l=l)
# order follow-ups with the customer's own orders
for msgs, mm, mnm, l, cu in [
    (["hi, where's my coffee order", "the number is KK 2025 03862"], ["51203862017"], [], "en", "u24001"),
    (["Hallo, mein Paket ist noch nicht da", "Bestellnummer 202503877"], ["1041280387700155"], [], "de", "u24002"),
    (["hol a csomagom?", "03874, a kotyogós"], ["JJH30A1KK038740025"], [], "hu", "u24032"),
    (["kde je môj balík?", "číslo je KK-2025-03881"], ["Z3388104521"], [], "sk", "u24003"),
    (["unde e aparatul meu?", "comanda 03869"], ["1SDY73803869001"], [], "ro", "u24004"),
    (["gdje je moj paket?", "broj narudžbe je 2025/03858"], ["60203858112"], [], "hr", "u24005"),
    (["kje je moj paket?", "številka naročila je 03884"], ["70203884190"], [], "sl", "u24022"),
]:
    c(msgs, False, "order_status", None, mm, mnm, l=l, cu=cu)

# ---- more ways of asking for a person
for m, l in [
    ("cn i tlk to sum1 real", "en"),
    ("is there anyone who could look at this with me?", "en"),
    ("honestly I think this one needs a human", "en"),
    ("rather not explain this to a bot. someone from the team please", "en"),
    ("Good afternoon. Would it be possible to speak with one of your staff? Kind regards, E. Varga", "en"),
    ("van ott valaki, aki ember?", "hu"),
    ("egy szerelővel szeretnék beszélni a gépem miatt", "hu"),
    ("Gibt's da einen echten Menschen?", "de"),
    ("Ich hätte gern einen Rückruf von der Werkstatt.", "de"),
    ("prosím o spätné zavolanie", "sk"),
    ("este cineva real acolo?", "ro"),
    ("dajte mi nekoga iz trgovine, molim", "hr"),
    ("ali je tam kakšen resničen človek?", "sl"),
]:
    c(m, True, "human_request", None, l=l)
# greeting first, then the ask; or asking again
for msgs, l in [
    (["hi", "can i speak to a person please"], "en"),
    (["human", "HUMAN", "hello?? a real person please"], "en"),
    (["agent", "i said agent"], "en"),
    (["szia", "tudnék valakivel beszélni?"], "hu"),
    (["ügyintéző", "mondom: ügyintézőt kérek"], "hu"),
    (["Grüß Gott", "kann ich bitte mit jemandem reden?"], "de"),
    (["dobrý deň", "môžem hovoriť s človekom?"], "sk"),
    (["bună", "aș vrea să vorbesc cu un coleg de-al vostru"], "ro"),
    (["bok", "trebam razgovarati s nekim"], "hr"),
    (["dober dan", "želim govoriti z osebo"], "sl"),
]:
    c(msgs, True, "human_request", None, l=l)

# ---- numbers that are not order numbers (weights, sizes, names, postcodes)
for m, it, art, mm, l in [
    ("Piccola 2 or Terra E61 for 2 flat whites at 7:00 before work?", "product_info", "machines-guide", ["Piccola 2"], "en"),
    ("for 500 ml of cold brew how many grams of coffee?", "product_info", "brewing-guide", ["100 g"], "en"),
    ("my postcode is 1061, can the bike courier bring it today?", "shipping", "shipping", ["11:00"], "en"),
    ("I'm in 040 01 Košice, how long does shipping take?", "shipping", "shipping", ["2–3 working days"], "en"),
    ("cluj 400001 - how much is delivery for 2 bags of 250 g?", "shipping", "shipping", ["€11.50"], "en"),
    ("my water is 18 °dH, how often should I descale the piccola 2 without a filter", "product_info", "machine-care", ["every 2 months"], "en"),
    ("Ich trinke 4 Tassen Filterkaffee à 250 ml am Tag, ist das zu viel Koffein?", "product_info", "caffeine", ["400"], "de"),
    ("mám v byte 30 °C, môžem dať 1 kg kávy do mrazničky?", "product_info", "freshness", ["3"], "sk"),
    ("a 58 mm-es tamper jó a Piccola 2-höz?", "product_info", "machines-guide", ["58"], "hu"),
    ("pijem 2 x 250 g tjedno, koliko popusta dobijem u pretplati svaka 2 tjedna?", "account", "kaveklub", ["10"], "hr"),
    ("am un Nespresso din 2009 și capsulele voastre se blochează", "product_info", "capsules", ["2012"], "ro"),
]:
    c(m, False, it, art, mm, l=l)

# ---- longer messages and conversations written out in full
c(["hi, my kaveklub comes every 2 weeks but I only need it every 4",
   "I went to My Kávéklub like you said but there's only 'Delivery and payment' and 'Cancel Kávéklub', no Change Kávéklub",
   "look, I've spent half an hour on this now, logged out and in, tried the phone and the laptop, cleared the cache like my son told me, and there's still no way to change it. I don't want to cancel, I just want less coffee. this really isn't ok"],
  True, "complaint", "kaveklub")
c("I've read half your help pages and I'm more confused than before. I want an espresso machine for my parents, they're in their 70s, my dad has shaky hands and they live in Szentendre. I need someone to tell me whether the Auto 3 or the Piccola is easier and whether someone can set it up for them. Could one of your people call me? 06 20 381 4422",
  True, "human_request", "machines-guide")
c("ok before you pass me on to anyone, I really don't need a person for this, I just can't work out how long the gift card my colleagues gave me is valid for, it's from my birthday last autumn and I'd hate for it to expire",
  False, "payment", "gift-cards", ["2 years"])
c(["hey, thinking of getting into pour over", "ok and what kettle temperature?", "and how long should the whole brew take roughly?"],
  False, "product_info", "brewing-guide", ["2:30–3:00"])
c(["Szia, van egy nyitott rendelésem", "Nem, az rendben van, csak azt akartam kérdezni, meddig vagytok nyitva szombaton"],
  False, "other", "cafe", ["19:00"], l="hu")
c("So, ich habe vor drei Wochen die Terra E61 bei euch gekauft, alles super, aber seit ein paar Tagen läuft beim Bezug Wasser seitlich am Siebträger runter und der Druck ist komisch. Ich hab noch nie was gewechselt. Was sollte ich zuerst machen?",
  False, "product_info", "machine-care", [], l="de")
c("Dobrý deň, minulý týždeň som si u vás objednala Etiópiu a Kolumbiu, a keď balík prišiel, jedno vrecko bolo úplne nafúknuté ako balón. Je tá káva pokazená? Nechcem ju vyhodiť, ak je v poriadku.",
  False, "product_info", "freshness", [], l="sk")
c("Bună ziua! Abia mi-am cumpărat primul espressor, o mașină cu portafiltru de 58 mm, și toată lumea îmi spune altceva despre măcinare. Am râșnița Malom 64. De la ce treaptă să încep pentru espresso și ce fac dacă iese acru?",
  False, "product_info", "grinding", ["3", "8"], l="ro")
c("Pozdravljeni, v petek sem dobila paket, kurir ga je pustil pred vrati na soncu in ko sem prišla domov je bil čisto vroč. Notri so kapsule in vrečka kave, embalaža je cela. Ali je kava še v redu ali moram kaj narediti?",
  False, "product_info", "freshness", [], l="sl")
c("Hi, I've had the kaveklub for about 8 months and honestly it's great, but I'm moving from Budapest to Vienna at the end of the month and I'm not sure what happens. Do I need to cancel and start again, or can I change the address somewhere? Don't want to lose the discount.",
  False, "account", "kaveklub", ["Delivery and payment"])
c("my partner bought me the malom 38 hand grinder for my birthday but honestly i'd rather have the gooseneck kettle, the box is still sealed and it came 5 days ago. can i do that?",
  False, "return_refund", "returns", ["14 days"])
c(["Dobar dan, kupio sam Piccola 2 prošli tjedan", "Kavu melje moj stari mlinac i espresso iscuri za 10 sekundi, vodenast je", "Što da promijenim?"],
  False, "product_info", "brewing-guide", [], l="hr")

# ---- more hand-overs: polite asks only staff can fulfil, in every language
for m, it, art, l, cu in [
    ("Would you be so kind as to look into why my Kávéklub was charged twice this month? Both 8 082 Ft are booked.", "account", "kaveklub", "en", None),
    ("Could you please check what happened to my refund? I returned an unopened grinder a month ago and nothing has come back.", "return_refund", "returns", "en", None),
    ("I'd be grateful if someone could swap the Kolumbia bags in KK/2025/03913 for Kenya, nothing has been sent yet", "order_status", "order-changes", "en", "u24038"),
    ("Sorry to bother you, but the Terra your workshop repaired has stopped again with exactly the same fault. Could someone take it back?", "return_refund", "warranty", "en", "u24011"),
    ("Hi, my Kanna credit of about 12 000 Ft disappeared from My credit today. Could you restore it please?", "payment", "gift-cards", "en", None),
    ("Hello, I think there's been a mistake: an order for a grinder showed up in my account and I didn't place it. Could you have a look?", "account", None, "en", None),
    ("Meg tudnák nézni, kérem, miért vontak le pénzt a Kávéklub lemondása után? Megvan a visszaigazoló e-mail.", "account", "kaveklub", "hu", None),
    ("Kérem, cseréljék ki a 03831-ben az egyik No. 7-et Budai Cremára, mindkettő bontatlan.", "return_refund", "returns", "hu", "u24017"),
    ("Sehr geehrte Damen und Herren, meine Maschine wurde im Rahmen der Garantie repariert, zeigt aber seit gestern wieder denselben Fehler. Ich bitte um eine erneute Reparatur.", "return_refund", "warranty", "de", None),
    ("Könnten Sie bitte nachsehen, wo meine Rückerstattung bleibt? Die Retoure ist seit vier Wochen bei Ihnen.", "return_refund", "returns", "de", None),
    ("mohli by ste mi prosím vymeniť v objednávke KK/2025/03881 kapsule Crema za Lungo?", "order_status", "order-changes", "sk", "u24003"),
    ("požiadal som o zmazanie účtu pred dvoma mesiacmi a účet stále existuje", "account", "privacy", "sk", None),
    ("vă rog să verificați de ce mi s-a luat o plată după anularea comenzii", "payment", "order-changes", "ro", None),
    ("puteți vă rog să-mi retrimiteți coletul? s-a întors la voi", "order_status", "delivery-problems", "ro", None),
    ("molim vas provjerite zašto mi je kartica terećena dvaput za istu narudžbu", "payment", "payment", "hr", None),
    ("ljubazno prosim, da mi zamenjate mlinček iz naročila 03884 za ročnega, še ni odprt", "return_refund", "returns", "sl", "u24022"),
    ("dvakrat ste mi bremenili kartico za isto naročilo, prosim preverite", "payment", "payment", "sl", None),
    ("zasebni tečaj sem plačala, termin pa je odpadel in denarja še ni nazaj", "return_refund", "barista-school", "sl", None),
]:
    c(m, True, it, art, l=l, cu=cu)
for msgs, art, l in [
    (["do you have a discount for a second course?", "ok thanks. could a person still ring me? I want to book a private course for our team"], "barista-school", "en"),
    (["how long does delivery to croatia take?", "ok, I'd still like someone to call me, it's for a wedding gift"], "shipping", "en"),
    (["is the Duo 58 plumbable?", "alright, can I speak to someone from your workshop about the install"], "machines-guide", "en"),
    (["meddig érvényes a kurzusutalvány?", "rendben, de most beszélnék egy kollégával"], "gift-cards", "hu"),
    (["aká je otváracia doba kaviarne?", "ďakujem. môžem ešte hovoriť s niekým z predajne?"], "cafe", "sk"),
    (["cât costă cursul Home Barista?", "mulțumesc, puteți să mă puneți în legătură cu un om?"], "barista-school", "ro"),
    (["kako dugo traje dostava aparata?", "hvala, ali ipak bih razgovarao s nekim"], "machine-delivery", "hr"),
]:
    c(msgs, True, "human_request", art, l=l)
for msgs, it, art, l in [
    (["how do I enter a discount code", "there's no field in the basket", "I've looked again, nothing there. that's the third time now"], "complaint", "discount-codes", "en"),
    (["kde nájdem faktúru?", "v objednávkach nie je", "píšem to už tretíkrát, nepomáha to"], "complaint", "invoices", "sk"),
    (["Wo finde ich die Seriennummer?", "Unter der Abtropfschale ist nichts", "Das ist jetzt das dritte Mal, dass Sie mir dasselbe sagen"], "complaint", "warranty", "de"),
]:
    c(msgs, True, it, art, l=l)

# ---- more answered follow-ups and questions in several turns
for msgs, it, art, mm, l in [
    (["which grinder for filter only", "and does it need electricity?"], "product_info", "machines-guide", ["hand grinder"], "en"),
    (["can i bring my own jar for beans", "how much do I save?"], "product_info", "cafe", ["200"], "en"),
    (["how much is cash on delivery", "and is there a limit?"], "payment", "payment", ["150", "000"], "en"),
    (["are the capsules compostable", "and how long until they break down?"], "product_info", "capsules", ["6 months"], "en"),
    (["how do I return a machine", "and what if I don't have the box anymore?"], "return_refund", "returns", ["4", "990"], "en"),
    (["do you have a welcome code", "does it work on filter papers?"], "payment", "discount-codes", ["KANNA10"], "en"),
    (["mennyi koffein van egy eszpresszóban?", "és terhesen mennyi a napi maximum?"], "product_info", "caffeine", ["200"], "hu"),
    (["Wie entkalke ich die Piccola 2?", "Und wie oft bei hartem Wasser?"], "product_info", "machine-care", ["2"], "de"),
    (["koľko stojí Home Barista?", "a koľko ľudí je v skupine?"], "product_info", "barista-school", ["6"], "sk"),
    (["cât costă râșnița Malom 64?", "și ce garanție are?"], "return_refund", "warranty", ["2"], "ro"),
    (["radite li subotom?", "a ima li degustacija subotom?"], "product_info", "cafe", ["11:00"], "hr"),
    (["ali pošiljate v Slovenijo?", "in koliko časa traja?"], "shipping", "shipping", ["2–4"], "sl"),
]:
    c(msgs, False, it, art, mm, l=l)

# ---- a few more two-turn conversations
for msgs, it, art, mm, l in [
    (["do you ship to germany?", "ok, what about austria then, how much?"], "shipping", "shipping", ["€12.90"], "en"),
    (["is the kenya in stock", "and what does it taste like?"], "product_info", "coffee-beans", ["blackcurrant"], "en"),
    (["can I return a grinder I've used once?", "how much do you deduct if I send it back without cleaning it?"], "return_refund", "returns", ["9", "900"], "en"),
    (["my parcel still hasn't come", "I don't have the number on me, it's GLS and the tracking stopped 2 days ago"], "shipping", "delivery-problems", ["5 working days"], "en"),
    (["what's the difference between your 2 grinders", "ok and which one for espresso on the piccola?"], "product_info", "machines-guide", ["Malom 64"], "en"),
    (["do you have a café too?", "can I pay there with a SZÉP card?"], "product_info", "cafe", ["SZÉP"], "en"),
    (["mi az a Kávéklub?", "és mennyivel olcsóbb így a kávé?"], "account", "kaveklub", ["10"], "hu"),
    (["Habt ihr auch Barista-Kurse?", "Und was kostet der Latte-Art-Kurs?"], "product_info", "barista-school", ["24", "900"], "de"),
    (["Ich habe mir die Piccola 2 bestellt", "Muss ich vor dem ersten Kaffee etwas durchlaufen lassen?"], "shipping", "machine-delivery", ["2"], "de"),
    (["máte kapsule bez kofeínu?", "a pasujú do Vertuo?"], "product_info", "capsules", [], "sk"),
    (["aveți cafea decofeinizată?", "cum este decofeinizată, cu chimicale?"], "product_info", "coffee-beans", [], "ro"),
    (["koliko košta odvapnjivanje aparata s jednim bojlerom?", "a imate li zamjenski aparat dok čekam?"], "product_info", "service-workshop", ["2", "990"], "hr"),
    (["kdaj pražite kavo?", "in koliko je kava stara, ko jo dobim?"], "product_info", "freshness", ["7"], "sl"),
]:
    c(msgs, False, it, art, mm, l=l)
for msgs, it, art, l, cu in [
    (["where is my order 03896?", "can you skip the delivery after this one for me? I'm away in august"], "account", "kaveklub", "en", "u24015"),
    (["how does the price promise work", "ok, the same Terra is now 20 000 Ft cheaper at an authorised dealer, please refund me the difference"], "payment", "discount-codes", "en", "u24026"),
    (["is my duo 58 order KK/2025/03902 confirmed?", "please change it to the black one, I picked stainless steel by mistake"], "order_status", "order-changes", "en", "u24007"),
    (["hol tart a 03879-es csomagom?", "kérlek küldjétek inkább GLS-sel haza, nem tudok elmenni a Foxposthoz"], "order_status", "order-changes", "hu", "u24023"),
    (["Wann kommt KK 2025 03877?", "Bitte schickt es stattdessen an meine Arbeitsadresse in Graz"], "order_status", "order-changes", "de", "u24002"),
    (["unde e comanda 03893?", "vă rog scoateți cafeaua decaf din comandă, am greșit"], "order_status", "order-changes", "ro", "u24046"),
    (["je naročilo 03819 dostavljeno?", "aparat je prišel, ampak sem si premislila, prosim vrnite mi denar"], "return_refund", "returns", "sl", "u24050"),
    (["koja je razlika između Piccola 2 i Terra E61?", "hvala, ali ne snalazim se, neka me netko nazove"], "human_request", "machines-guide", "hr", None),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- many customers greet before they ask: every 7th single-turn question
# gets an opening line in its own language (the judged turn is unchanged)
OPENERS = {
    "en": ["hi", "hello", "hey", "good morning", "hi there", "hello, quick question",
           "hiya", "evening!", "hi, hope you can help"],
    "hu": ["szia", "jó napot", "sziasztok", "üdv", "jó reggelt"],
    "de": ["Servus", "Hallo", "Grüß Gott", "Guten Tag", "Hallo, kurze Frage"],
    "sk": ["dobrý deň", "ahoj", "zdravím"],
    "ro": ["bună ziua", "salut", "bună"],
    "hr": ["dobar dan", "bok", "pozdrav"],
    "sl": ["živjo", "dober dan", "pozdravljeni"],
}
GREETS = re.compile(r"(hi|hello|hey|hiya|good (morning|afternoon|evening)|servus|hallo|grüß|guten tag|"
                    r"szia|jó napot|jó reggelt|üdv|sziasztok|dobrý|ahoj|zdravím|bună|salut|dobar dan|bok|"
                    r"pozdrav|živjo|dober dan|pozdravljeni)\b", re.I)

# ================================================================ output
# "KK/2025/03862", "kk/2025/03862", "KK 2025 03862", "KK-2025-03862", "kk2025/03862"
ORDER_REF = re.compile(r"(?i)\bkk[\s#/._-]*(20\d\d)[\s/._-]*(\d{5})(?!\d)")
# "2025/03862", "2025 03862", "202503862"
YEAR_REF = re.compile(r"(?<![\d/])(?<!\d[.,])(20\d\d)\s?/?\s?(0\d{4})(?!\d|[.,]\d)")
# a bare counter ("#03862", "03862-es", "order 03902,"); every counter is 5 digits
# starting with 0; a decimal ("1.03862") is not one
BARE_REF = re.compile(r"(?<!\d)(?<!\d[.,])(0\d{4})(?!\d|[.,]\d)")
# order numbers that are meant not to exist
UNKNOWN_ORDERS = {"04417"}

def order_refs(m):
    # with "KK" first, then year and counter without it, then the bare counter
    # in what is left
    full, year = casekit.scan(m, ORDER_REF, YEAR_REF)
    bare = BARE_REF.finditer(YEAR_REF.sub(" ", ORDER_REF.sub(" ", m)))
    return ([casekit.Ref(mo.group(0), mo.group(2), "KK/%s/%s" % mo.groups()) for mo in full + year]
            + [casekit.Ref(mo.group(0), mo.group(1), None) for mo in bare])

def order_rules(o):
    """A cancelled order has no tracking number either; the year in the
    order id is the year of its last update."""
    err = []
    if o["status"] == "cancelled" and o.get("trackingNumber"):
        err.append("order %s: tracking before dispatch" % o["orderId"])
    if o["orderId"][3:7] != o["updatedAt"][:4]:
        err.append("order %s: year and updatedAt differ" % o["orderId"])
    return err

def forint_split(r, lang):
    # a forint amount with a thousands space ("1 990") must be given as its
    # two parts ("1", "990"), in every language
    return ["%s: forint amount %r not split" % (r["id"], s)
            for s in r["expect"]["mustMention"] if re.fullmatch(r"\d{1,3} \d{3}", s)]

def main():
    shop.add_openers(OPENERS, GREETS)
    shop.write()
    shop.check(order_id=r"KK/20\d\d/0\d{4}", shape="KK/2025/03862", counter=lambda oid: oid[-5:],
               refs=order_refs, unknown=UNKNOWN_ORDERS, qualifier="year",
               named=lambda cu: int(cu[3:]) <= 100, customer_id=r"u24\d{3}",
               currency={"HUF"}, order_currency={"HUF", "EUR"}, untracked=casekit.sku_only("KK-GC-"),
               order_extra=order_rules, case_extra=forint_split, article_counts=True)

if __name__ == "__main__":
    main()
