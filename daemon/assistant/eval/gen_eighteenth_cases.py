#!/usr/bin/env python3
"""Generate eighteenth-cases.jsonl: cases for the eighteenth shop,
Pawsome Ljubljana (online pet-supplies shop with a store at Celovška cesta
88, Ljubljana; sells food, litter, toys, beds, leashes, aquarium, bird and
small-pet supplies, the FeedPlan food subscription and prescription diets
from a small vet pharmacy that need a vet's note; no live animals; ships to
Slovenia, Croatia, Austria, Hungary and Italy; prices in EUR).
KB: eighteenth-kb/.  Run: python3 gen_eighteenth_cases.py
The script writes the cases, then checks them against the KB and prints
the figures (cases, escalation share, other-language share, multi-turn share).
This shop is a tuning set: the customer lines are meant to be varied.

Order numbers look like PW-2-48213 (PW, a digit for the warehouse, a
5-digit counter).  Customers paste them in many ways ("pw248213",
"PW 2 48213", "order 48213", "#PW-2-48213").  Pack sizes (12 kg, 400 g,
6x85 g, 20 l), product names with digits ("Royal Kibble 32", "Aqua 60
filter", "AquaLine Flow 600"), ages ("my 12 year old cat"), pet weights,
litres, watts and prices are not order numbers.

LABELLING RULES

Escalation (expect.escalate)
 E1  true for an explicit request for a person in any wording or language:
     "a human", "someone from the store", the pharmacist, a callback, a
     named colleague, also right after an answered question.
 E2  true for a request to cancel, refund or change an existing order
     (cancel, change the address, an item, the size or flavour, switch
     store pickup to delivery, add an item, resend a parcel, exchange an
     item inside an order, "I want my money back"), or to cancel, pause
     or change a FeedPlan for the customer ("cancel it for me").
 E3  true for things only staff can do: a real double charge, a charge
     after cancelling an order or the FeedPlan, a refund missing for
     weeks, a replacement that arrived broken again, a pump repaired under
     warranty that failed again, a parcel marked delivered that the
     customer already looked for, a damage report nobody answered, a gift
     card that never arrived after the resend, Pawsome credit or Paw
     Points that vanished, an invoice still wrong after asking, a vet's
     note not checked for days, an order the customer did not place,
     someone else's data in the account, a deletion that did not happen,
     a locked-out account after the reset steps, a pet that reacted to a
     product (vomiting, swelling, itching, taken to the vet), vet costs,
     legal threats, complaints about a staff member, press and
     partnership requests.
 E4  true when the customer is stuck or frustrated across several turns
     ("that's not what I asked", the same question a third time).
 E5  false for questions about a policy even with "cancel", "refund",
     "person", "human", "pharmacist", "call" in them: the phone number,
     the e-mail, when people answer the chat, store hours, how to cancel,
     skip or pause FeedPlan, what the return policy is, "no need for a
     person, just tell me ...".  A first report of a damaged or leaking
     parcel, of a parcel marked delivered, of a wrong item or of a device
     dead on arrival gets the steps of the page (false).  Soft stool or a
     picky pet after a food change gets the page (false); repeated
     vomiting, swelling, itching, a vet visit after a product is E3.

Intent (expect.intent)
     order_status: a named order (where, status, tracking, when, ready for
       pickup), cancelling or changing an order, resending it.
     return_refund: returns, refunds, money back, exchanges, the Picky
       eater promise, warranty claims for pumps, filters, heaters and
       other devices, a missing refund.
     shipping: countries, prices, times, carriers, express, islands, heavy
       parcels, freight for large items, store pickup (click and collect),
       a late parcel without an order number.
     product_info: food, treats, litter, toys, beds, harnesses and sizes,
       aquarium and bird and small-pet supplies, feeding amounts and food
       changes, prescription diets and the vet's note, the vet pharmacy,
       what to do when a pet is mildly unwell after a food change, store
       services (nail trimming, water test, pet scale), live animals.
     payment: payment methods, charges, double charges, cash on delivery,
       bank transfer, invoices and company invoices, gift cards, Paw
       Points, Pawsome credit, discount codes, business accounts for
       shelters and breeders.
     account: login, password, details, My pets, FeedPlan (skip, pause,
       change, cancel, its charges), privacy and deletion, an order the
       customer did not place.
     complaint: something went wrong (damaged, leaking, missing,
       delivered-not-received, a pet that reacted to a product, staff,
       legal threat, frustration) when the turn does not ask for a person.
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

shop = casekit.Shop("eighteenth", "t18", anon=8100, langs={"sl", "hr", "de", "hu", "it"})
c = shop.c

PH = "+386 1 600 42 88"
MAIL = "pomoc@pawsome.si"
VET = "vet@pawsome.si"

# ---------------------------------------------------------------- small talk
for m, it, l in [
    ("hi", "greeting", "en"), ("hello!", "greeting", "en"), ("hey there 🐶", "greeting", "en"),
    ("živjo", "greeting", "sl"), ("dober dan", "greeting", "sl"), ("lep pozdrav", "greeting", "sl"),
    ("bok", "greeting", "hr"), ("dobar dan", "greeting", "hr"),
    ("grüß gott", "greeting", "de"), ("hallo zusammen", "greeting", "de"),
    ("szia", "greeting", "hu"), ("jó napot kívánok", "greeting", "hu"),
    ("ciao", "greeting", "it"), ("buongiorno", "greeting", "it"),
    ("thanks, that helps!", "thanks", "en"), ("cheers mate", "thanks", "en"),
    ("hvala lepa", "thanks", "sl"), ("najlepša hvala za pomoč!", "thanks", "sl"),
    ("hvala puno", "thanks", "hr"), ("danke schön, passt", "thanks", "de"),
    ("köszönöm szépen", "thanks", "hu"), ("grazie mille!", "thanks", "it"),
    ("bye!", "goodbye", "en"), ("that's all, have a nice day", "goodbye", "en"),
    ("adijo", "goodbye", "sl"), ("lep dan še naprej", "goodbye", "sl"),
    ("doviđenja", "goodbye", "hr"), ("schönen Tag noch, baba", "goodbye", "de"),
    ("viszontlátásra", "goodbye", "hu"), ("arrivederci, buona giornata", "goodbye", "it"),
]:
    c(m, False, it, None, l=l)

# ------------------------------------------- contact, phone and chat hours
for m, mm, l in [
    ("what's your customer service phone number?", [PH], "en"),
    ("is there a number i can call about my dogs food order", [PH], "en"),
    ("which email do I write to for help", [MAIL], "en"),
    ("when are actual people on this chat?", ["8:00–20:00"], "en"),
    ("is the chat staffed on saturdays", ["9:00–15:00"], "en"),
    ("can I phone you on a saturday morning", ["9:00–13:00"], "en"),
    ("do you speak english on the phone? my slovenian is like 5 words", ["English"], "en"),
    ("can you call me back instead? how does that work", ["pawsome.si/poklicite-me"], "en"),
    ("no I don't need a person, just the email for the vet pharmacy", [VET], "en"),
    ("not asking for an agent, I just need the address for invoice questions", ["racuni@pawsome.si"], "en"),
    ("Can I write to you in Italian by email?", ["Italian"], "en"),
    ("kakšna je vaša telefonska številka?", [PH], "sl"),
    ("na kateri mail vam lahko pišem?", [MAIL], "sl"),
    ("do kdaj dela klepet z živimi ljudmi?", ["20"], "sl"),
    ("ali ste v nedeljo dosegljivi po telefonu?", [], "sl"),
    ("koji je vaš broj telefona?", [PH], "hr"),
    ("Wie lautet eure Telefonnummer? Ich rufe aus Graz an", [PH], "de"),
    ("Wann sind im Chat echte Mitarbeiter da?", ["20"], "de"),
    ("mi az ügyfélszolgálat e-mail címe?", [MAIL], "hu"),
    ("írhatok magyarul e-mailben?", [MAIL], "hu"),
    ("qual è il numero di telefono del servizio clienti?", [PH], "it"),
    ("a che ora risponde una persona in chat il sabato?", ["15"], "it"),
]:
    c(m, False, "other", "contact", mm, l=l)

# ----------------------------------------------------------------- the store
for m, mm, l in [
    ("where is your shop in ljubljana", ["Celovška cesta 88"], "en"),
    ("what time does the store close on friday?", ["9:00–19:00"], "en"),
    ("are you open on sunday", ["closed"], "en"),
    ("store hours on saturday pls", ["8:00–14:00"], "en"),
    ("which bus stop is closest to your store?", ["Kino Šiška"], "en"),
    ("is there parking at the celovška shop", ["30 minutes"], "en"),
    ("are you open on christmas eve?", ["14:00"], "en"),
    ("kdaj imate odprto trgovino na Celovški?", ["19"], "sl"),
    ("ali ste odprti v soboto popoldne?", ["14"], "sl"),
    ("gdje se nalazi vaša trgovina u Ljubljani?", ["88"], "hr"),
    ("Wie lange hat das Geschäft am Samstag offen? Wir kommen aus Klagenfurt", ["14"], "de"),
    ("a che ora apre il negozio di Lubiana il sabato?", ["8"], "it"),
]:
    c(m, False, "other", "ljubljana-store", mm, l=l)
for m, mm, l in [
    ("do you trim dog nails in the store? how much", ["€8"], "en"),
    ("can i bring in aquarium water to get it tested", ["100 ml"], "en"),
    ("my vet wants to know my dog's weight, can I weigh her at your store?", ["free"], "en"),
    ("a mi lahko v trgovini testirate vodo iz akvarija?", ["100"], "sl"),
]:
    c(m, False, "product_info", "ljubljana-store", mm, l=l)

# ---------------------------------------------------------- outside the shop
for m, l in [
    ("what's the weather in ljubljana tomorrow", "en"),
    ("tell me a joke", "en"),
    ("who won the football last night", "en"),
    ("kakšno bo vreme ta vikend?", "sl"),
    ("kakva je prognoza za Split sutra?", "hr"),
    ("Wie wird das Wetter morgen in Wien?", "de"),
    ("mi a gulyás receptje?", "hu"),
    ("mi racconti una barzelletta?", "it"),
]:
    c(m, False, "other", None, l=l)

# ------------------------------------------------------------------ delivery
for m, mm, l in [
    ("how much is shipping in slovenia", ["€3.90"], "en"),
    ("when is delivery free in slovenia?", ["€39"], "en"),
    ("do you ship to austria and what does it cost", ["€6.90"], "en"),
    ("shiping to italy price?", ["€8.90"], "en"),
    ("free delivery to croatia from how much", ["€59"], "en"),
    ("if I order at 1pm does it go out today?", ["14:00"], "en"),
    ("do you have express delivery? I'm in Kranj and the food runs out Thursday", ["€7.90"], "en"),
    ("i'm ordering 4 bags of litter and 2 big bags of dog food, is there a weight limit?", ["30 kg"], "en"),
    ("do you deliver to sardinia", ["€5"], "en"),
    ("can you send to my sister in switzerland?", ["Switzerland"], "en"),
    ("do you deliver to germany? I live in munich", ["Germany"], "en"),
    ("is shipping free with feedplan?", ["free"], "en"),
    ("koliko stane poštnina?", ["3"], "sl"),
    ("od kakšnega zneska je dostava brezplačna?", ["39"], "sl"),
    ("če naročim danes ob 10h, kdaj bo paket pri meni v Celju?", ["14"], "sl"),
    ("koliko košta dostava u Hrvatsku?", ["59"], "hr"),
    ("dostavljate li na otoke? ja sam na Braču", [], "hr"),
    ("Was kostet der Versand nach Österreich und ab wann ist er gratis?", ["69"], "de"),
    ("mennyi a szállítás Magyarországra?", ["69"], "hu"),
    ("mennyi idő alatt ér ide a csomag Győrbe?", ["4"], "hu"),
    ("quanto costa la spedizione in Italia? abito a Trieste", ["89"], "it"),
]:
    c(m, False, "shipping", "delivery", mm, l=l)

# ------------------------------------------------------- large items, freight
for m, mm, l in [
    ("how is the aqua 120 aquarium delivered? it's huge", ["€19"], "en"),
    ("can you deliver the sky tower cat tree to budapest?", ["not available"], "en"),
    ("will the drivers carry the aquarium up to my 3rd floor flat", ["ground floor"], "en"),
    ("what should i do when the glass tank arrives", ["before you sign"], "en"),
    ("koliko stane dostava velikega akvarija?", ["19"], "sl"),
    ("Was kostet die Speditionslieferung vom Kratzbaum nach Österreich?", ["49"], "de"),
    ("koliko košta dostava velikog akvarija u Zagreb?", ["39"], "hr"),
    ("potete consegnare l'acquario da 126 litri a Udine?", [], "it"),
]:
    c(m, False, "shipping", "large-items", mm, l=l)

# ------------------------------------------------------------- store pickup
for m, mm, l in [
    ("if I choose pickup in store, how quickly is it ready?", ["2 hours"], "en"),
    ("how long do you keep a click and collect order?", ["7 days"], "en"),
    ("can my husband pick up my order for me?", ["pickup code"], "en"),
    ("can i pay when i pick it up?", ["pay at pickup"], "en"),
    ("ordered at 6pm for pickup, when can I come?", ["10:00"], "en"),
    ("is pickup in the store free?", ["free"], "en"),
    ("kdaj lahko prevzamem naročilo v trgovini, če naročim zjutraj?", ["2"], "sl"),
    ("mogu li platiti gotovinom kod preuzimanja u trgovini?", [], "hr"),
    ("Wie lange bleibt meine Bestellung zur Abholung liegen?", ["7"], "de"),
]:
    c(m, False, "shipping", "store-pickup", mm, l=l)

# ------------------------------------------------------------------- returns
for m, mm, l in [
    ("whats ur return policy", ["30 days"], "en"),
    ("can I return a bag of dog food I opened? he just doesn't like it", ["Picky eater"], "en"),
    ("can I send back an unopened 12 kg bag of royal kibble? bought too much", ["unopened"], "en"),
    ("how do i return something, I have no printer", ["post office"], "en"),
    ("do I pay for the return label from austria?", ["€4.90"], "en"),
    ("how long does a refund take once you get my parcel", ["5 working days"], "en"),
    ("i paid cash on delivery, how do i get my money back if i return", ["IBAN"], "en"),
    ("can I return the vetcare food? my cat's vet changed her diet", ["not returnable"], "en"),
    ("if a harness turns out too small, can I swap it for a bigger size?", ["new order"], "en"),
    ("my dog chewed the toy a bit and I don't like it, can I return it?", ["hygiene"], "en"),
    ("koliko časa imam za vračilo?", ["30"], "sl"),
    ("mogu li vratiti neotvorenu hranu?", ["30"], "hr"),
    ("koliko košta povrat iz Hrvatske?", ["4"], "hr"),
    ("Wie lange habe ich Zeit für eine Rücksendung? Und was kostet das aus Österreich?", ["30"], "de"),
    ("meddig küldhetem vissza a terméket?", ["30"], "hu"),
    ("posso restituire una cuccia non usata? quanto costa il reso dall'Italia?", ["4"], "it"),
]:
    c(m, False, "return_refund", "returns", mm, l=l)

# ------------------------------------------------------ picky eater promise
for m, mm, l in [
    ("my cat refuses the felinepure food I bought last week, bag is almost full. anything I can do?", ["half of the bag"], "en"),
    ("what is the picky eater promise exactly", ["30 days"], "en"),
    ("do I have to send the opened bag back for the picky eater thing?", ["shelter"], "en"),
    ("does the picky eater promise work for wet food too?", ["wet food"], "en"),
    ("can I claim picky eater twice for the same royal kibble?", ["Once per product line"], "en"),
    ("moj pes noče jesti nove hrane Alpski Lovec, vreča je odprta. kaj lahko naredim?", [], "sl"),
    ("mačka ne želi jesti FelinePure, vreća je otvorena prije 5 dana. mogu li je vratiti?", ["30"], "hr"),
    ("Mein Hund frisst das neue Trockenfutter nicht, der Sack ist offen. Kann ich es zurückgeben?", [], "de"),
    ("il mio gatto non mangia le crocchette FelinePure, il sacco è aperto da 3 giorni. cosa posso fare?", [], "it"),
]:
    c(m, False, "return_refund", "picky-eater", mm, l=l)

# ------------------------------------------------------------------ warranty
for m, mm, l in [
    ("the aqua 60 filter I bought 8 months ago stopped working. warranty?", ["2-year warranty"], "en"),
    ("how long is the warranty on the aqualine pump", ["3-year"], "en"),
    ("my heater's glass cracked when i took it out to clean the tank, is that covered?", ["not covered"], "en"),
    ("the fountain pump makes a grinding noise after 4 months", ["limescale"], "en"),
    ("the chewy bone is supposed to be tough but my staffy destroyed it in a day", ["indestructible"], "en"),
    ("črpalka za akvarij ne dela več, kupljena pred pol leta. kako uveljavim garancijo?", ["pawsome.si/reklamacija"], "sl"),
    ("filter za akvarij je prestao raditi nakon 10 mjeseci, kako reklamirati?", ["pawsome.si/reklamacija"], "hr"),
    ("Der Heizstab funktioniert nach einem Jahr nicht mehr, wie läuft die Reklamation?", ["14"], "de"),
    ("az akváriumszűrő 5 hónap után tönkrement, van rá garancia?", ["2"], "hu"),
    ("la fontanella per gatti non funziona più dopo 6 mesi, c'è la garanzia?", ["pawsome.si/reklamacija"], "it"),
]:
    c(m, False, "return_refund", "warranty", mm, l=l)

# ------------------------------------------------------------------ FeedPlan
for m, mm, l in [
    ("how does feedplan work", ["5% off"], "en"),
    ("is there a minimum term on the feedplan subscription?", ["no binding period"], "en"),
    ("how do i cancle feedplan?", ["Cancel FeedPlan"], "en"),
    ("not cancelling yet, just curious: is there a fee if I cancel feedplan", ["no cost"], "en"),
    ("we're going on holiday for 3 weeks, can I pause the food deliveries?", ["Pause"], "en"),
    ("how do I skip one delivery? still have half a bag", ["Skip next delivery"], "en"),
    ("can I pay feedplan with a gift card?", ["gift cards"], "en"),
    ("when do you charge me for the feedplan delivery", ["2 days before"], "en"),
    ("no need for a human, just tell me how to change the interval to 6 weeks", ["Change plan"], "en"),
    ("can I put the vetcare renal food on feedplan?", ["12 months"], "en"),
    ("if I cancel today, will I still get the delivery you charged yesterday?", ["still sent"], "en"),
    ("kako odpovem FeedPlan?", [], "sl"),
    ("koliko popusta dobim s FeedPlanom?", ["15"], "sl"),
    ("kako otkazati FeedPlan pretplatu?", [], "hr"),
    ("Wie kann ich das FeedPlan-Abo pausieren? Wir sind 2 Monate weg", ["3"], "de"),
    ("hogyan tudom lemondani a FeedPlan előfizetést?", [], "hu"),
    ("come posso saltare la prossima consegna del FeedPlan?", [], "it"),
]:
    c(m, False, "account", "feedplan", mm, l=l)

# ---------------------------------------------------------- vet pharmacy
for m, mm, l in [
    ("why do I need a vet's note for the renal cat food?", ["diagnosed condition"], "en"),
    ("how do i send you the vet note", ["My pets → Vet documents"], "en"),
    ("how long does it take to approve the vet prescription", ["1 working day"], "en"),
    ("my vet's note is from last year, still ok?", ["12 months"], "en"),
    ("my order with the vetcare food says pending, why?", ["pending"], "en"),
    ("can you send prescription medicines to croatia?", ["Slovenia only"], "en"),
    ("do you need a prescription for the spoton flea drops?", ["without a prescription"], "en"),
    ("can your pharmacist tell me if my dog needs the hypoallergenic diet?", ["cannot diagnose"], "en"),
    ("kam pošljem potrdilo veterinarja za dietno hrano?", [VET], "sl"),
    ("trebam li recept veterinara za VetCare Urinary?", [], "hr"),
    ("Brauche ich für das Diätfutter eine Bestätigung vom Tierarzt?", [], "de"),
    ("kell állatorvosi igazolás a VetCare tápokhoz?", [VET], "hu"),
    ("serve la ricetta del veterinario per il cibo VetCare?", [], "it"),
]:
    c(m, False, "product_info", "vet-pharmacy", mm, l=l)

# ------------------------------------- mild trouble after a food change
for m, mm, art, l in [
    ("switched my dog to the salmon food 2 days ago and his poo is a bit soft, normal?", ["7–10 days"], "food-reaction", "en"),
    ("what signs mean I should take my dog to the vet after a new food?", ["trouble breathing"], "food-reaction", "en"),
    ("my dog just ate half a chocolate bar, what do I do", ["vet"], "food-reaction", "en"),
    ("mačka je po novi hrani enkrat bruhala, drugače je v redu. kaj naj naredim?", [], "food-reaction", "sl"),
    ("Mein Hund hat seit der Futterumstellung weichen Kot, ist das normal?", ["7"], "feeding-guide", "de"),
    ("il cane ha le feci molli da quando ho cambiato crocchette, è normale?", [], "feeding-guide", "it"),
]:
    c(m, False, "product_info", art, mm, l=l)

# ---------------------------------------------------------------- feeding
for m, mm, l in [
    ("how much royal kibble 32 should my 20 kg dog get a day?", ["250 g"], "en"),
    ("how long will a 12 kg bag last for a 20 kg dog", ["48 days"], "en"),
    ("how do i switch my cat to a new food", ["7 days"], "en"),
    ("how many meals a day for a 4 month old puppy", ["3–4 meals"], "en"),
    ("how many treats is too many", ["10%"], "en"),
    ("my dog is 9 years old, should he be on senior food?", ["7 years"], "en"),
    ("koliko hrane naj dam 10 kg psu na dan?", ["150"], "sl"),
    ("koliko hrane dati psu od 30 kg?", ["340"], "hr"),
    ("Wie viel Royal Kibble braucht ein 40 kg Hund am Tag?", ["420"], "de"),
    ("naponta hányszor etessem a 3 hónapos kiskutyát?", ["4"], "hu"),
    ("quante crocchette al giorno per un cane di 5 kg?", ["90"], "it"),
]:
    c(m, False, "product_info", "feeding-guide", mm, l=l)

# --------------------------------------------------------------- aquarium
for m, mm, l in [
    ("just bought the aqua 60 set, when can i put fish in?", ["4–6 weeks"], "en"),
    ("what size heater for a 100 litre tank", ["1 W"], "en"),
    ("how strong should the filter be? tank is 80 l", ["3–5 times"], "en"),
    ("can I clean the filter sponge under the tap", ["tank water"], "en"),
    ("do you sell fish?", ["do not sell fish"], "en"),
    ("koliko vode naj zamenjam v akvariju vsak teden?", ["20"], "sl"),
    ("quanto tempo devo aspettare prima di mettere i pesci nell'acquario nuovo?", ["4"], "it"),
]:
    c(m, False, "product_info", "aquarium-setup", mm, l=l)

# ------------------------------------------------------------------ litter
for m, mm, l in [
    ("can I flush the tofu litter down the toilet?", ["1–2 clumps"], "en"),
    ("how deep should the litter be", ["5–7 cm"], "en"),
    ("how much litter does one cat use in a month", ["10 litres"], "en"),
    ("how many litter boxes do I need for 2 cats", ["one box per cat plus one"], "en"),
    ("ali lahko tofu pesek splaknem v straniščno školjko? imamo greznico", [], "sl"),
    ("quanta lettiera mettere nella cassetta?", ["5"], "it"),
]:
    c(m, False, "product_info", "litter", mm, l=l)

# ------------------------------------------------------------------ sizing
for m, mm, l in [
    ("how do I measure my dog for a harness?", ["chest girth"], "en"),
    ("my beagle's chest is 62 cm, which trailflex size?", ["50–70 cm"], "en"),
    ("how tight should a collar be", ["two fingers"], "en"),
    ("what size bed for a 22 kg dog that sleeps stretched out", ["Cloud Bed L"], "en"),
    ("my dog is between M and L, which one?", ["larger"], "en"),
    ("katero velikost oprsnice za labradorca?", [], "sl"),
    ("koju veličinu kreveta za psa od 8 kg?", ["60"], "hr"),
    ("Welche Geschirrgröße bei 75 cm Brustumfang?", [], "de"),
]:
    c(m, False, "product_info", "sizing", mm, l=l)

# -------------------------------------------------- birds and small pets
for m, mm, l in [
    ("do you sell puppies or kittens?", ["do not sell"], "en"),
    ("where can I adopt a cat, do you work with shelters?", ["pawsome.si/posvojitev"], "en"),
    ("how big a cage do 2 budgies need", ["80 cm"], "en"),
    ("how much hay should my rabbit eat", ["80%"], "en"),
    ("what wheel size for a syrian hamster", ["28 cm"], "en"),
    ("vendete anche criceti?", [], "it"),
]:
    c(m, False, "product_info", "small-pets-birds", mm, l=l)

# ------------------------------------------------------------------- payment
for m, mm, l in [
    ("wat payment methods do u take", ["PayPal"], "en"),
    ("can I pay cash when the parcel comes? I'm in Maribor", ["€1.50"], "en"),
    ("cash on delivery to italy possible?", ["Slovenia and Croatia"], "en"),
    ("do you take amex", ["American Express"], "en"),
    ("can i pay in instalments for the big aquarium", ["instalments"], "en"),
    ("when is my card actually charged", ["packed"], "en"),
    ("I see two payments for one order on my card, is that a mistake?", ["3–7 working days"], "en"),
    ("i want to pay by bank transfer, what reference do I use", ["sklic"], "en"),
    ("card payment keeps failing", ["3-D Secure"], "en"),
    ("kako lahko plačam? ali lahko po povzetju?", ["1.50"], "sl"),
    ("mogu li platiti pouzećem u Hrvatskoj?", ["300"], "hr"),
    ("Kann ich mit PayPal oder Nachnahme zahlen? Ich wohne in Linz", [], "de"),
    ("fizethetek forintban kártyával?", [], "hu"),
    ("posso pagare in contrassegno in Italia?", [], "it"),
]:
    c(m, False, "payment", "payment", mm, l=l)

# ------------------------------------------------------------------ invoices
for m, mm, l in [
    ("where can I download the invoice for my order", ["My orders → Invoice"], "en"),
    ("I need the invoice on my company with VAT number", ["I am buying for a company"], "en"),
    ("forgot to put our company name on the invoice, ordered last week. can it be fixed?", ["30 days"], "en"),
    ("we're a kindergarten in Ljubljana, can you send an e-račun?", ["e-račun"], "en"),
    ("potrebujem račun na podjetje, kje vpišem ID za DDV?", [], "sl"),
    ("trebam R1 račun, gdje upisujem OIB?", [], "hr"),
    ("potete emettere fattura elettronica tramite SDI?", [], "it"),
]:
    c(m, False, "payment", "invoices", mm, l=l)

# ---------------------------------------------------------------- gift cards
for m, mm, l in [
    ("how long is a gift card valid", ["2 years"], "en"),
    ("how do I check my gift card balance", ["pawsome.si/darilna-kartica"], "en"),
    ("can i use my gift card for feedplan?", ["FeedPlan"], "en"),
    ("what amounts do gift cards come in", ["€200"], "en"),
    ("my friend says she didn't get the e-gift card I sent this morning", ["spam"], "en"),
    ("koliko časa velja darilni bon?", ["2"], "sl"),
    ("Kann ich den Gutschein auch im Geschäft in Ljubljana einlösen?", [], "de"),
]:
    c(m, False, "payment", "gift-cards", mm, l=l)

# ------------------------------------------------ Paw Points and credit
for m, mm, l in [
    ("how do paw points work", ["100 Paw Points = €5"], "en"),
    ("do paw points expire?", ["12 months"], "en"),
    ("I got credit from the picky eater thing, how do I use it", ["Use credit"], "en"),
    ("do I get points for my pet's birthday?", ["50 points"], "en"),
    ("wie lange ist das Guthaben auf meinem Konto gültig?", ["12"], "de"),
    ("quanti punti servono per uno sconto di 5 euro?", ["100"], "it"),
]:
    c(m, False, "payment", "paw-points", mm, l=l)

# ------------------------------------------------------------ discount codes
for m, mm, l in [
    ("can I use two discount codes on one order?", ["One code per order"], "en"),
    ("my discount code doesn't work on the vetcare food", ["prescription diets"], "en"),
    ("forgot to enter my discount code, can it still be added after ordering?", ["cannot be added"], "en"),
    ("is there a newsletter discount?", ["10% off"], "en"),
    ("a kedvezménykód nem működik, mi lehet a gond?", [], "hu"),
]:
    c(m, False, "payment", "discount-codes", mm, l=l)

# -------------------------------------------------- breeders and shelters
for m, mm, l in [
    ("we run a small cat rescue, do you have discounts for shelters?", ["partner@pawsome.si"], "en"),
    ("I'm a registered dog breeder, what does the business account give me?", ["€200"], "en"),
    ("smo društvo za zaščito živali, ali imate popust?", ["10"], "sl"),
    ("imate li popust za udrugu za zaštitu životinja?", ["partner@pawsome.si"], "hr"),
    ("Wir sind ein Tierheim in Kärnten. Gibt es Rabatt?", ["partner@pawsome.si"], "de"),
]:
    c(m, False, "payment", "breeders-shelters", mm, l=l)

# ------------------------------------------------------------------- account
for m, mm, l in [
    ("forgot my pasword", ["Forgot password?"], "en"),
    ("the reset link says it expired", ["60 minutes"], "en"),
    ("never got the password reset email", ["spam"], "en"),
    ("it says my account is locked??", ["15 minutes"], "en"),
    ("can I add both my dogs and the cat to my account", ["8 pets"], "en"),
    ("how do i change the email on my account", ["My details"], "en"),
    ("I always ordered as a guest, can I see those orders if I make an account?", ["12 months"], "en"),
    ("pozabila sem geslo in se ne morem prijaviti", [], "sl"),
    ("Ich habe mein Passwort vergessen", ["60"], "de"),
    ("elfelejtettem a jelszavam", [], "hu"),
]:
    c(m, False, "account", "account", mm, l=l)

# ------------------------------------------------------------------- privacy
for m, mm, l in [
    ("who sees the vet documents I upload?", ["pharmacists"], "en"),
    ("how do I delete my account", ["Delete account"], "en"),
    ("why do you keep my invoices after I delete my account?", ["10 years"], "en"),
    ("how long do you keep these chat conversations?", ["12 months"], "en"),
    ("kako izbrišem svoj račun in podatke?", ["privacy@pawsome.si"], "sl"),
    ("Ich möchte eine DSGVO-Auskunft. An wen schreibe ich?", ["privacy@pawsome.si"], "de"),
    ("come posso cancellare il mio account?", [], "it"),
]:
    c(m, False, "account", "privacy", mm, l=l)

# ------------------------------------------------- order changes, the policy
for m, mm, l in [
    ("how long do I have to cancel an order? not yet, just checking", ["Received"], "en"),
    ("ordered last night at 9pm, until when can I still cancel it myself?", ["7:00"], "en"),
    ("can I add something to an order I already placed?", ["second order"], "en"),
    ("if I cancel, when do I get the money back on my card", ["3–7 working days"], "en"),
    ("fino a quando posso annullare un ordine?", ["7"], "it"),
]:
    c(m, False, "order_status", "order-changes", mm, l=l)

# ------------------------------------ damaged parcel, the first report
for m, mm, it, l in [
    ("my parcel arrived and the dog food bag is torn open, kibble everywhere", ["7 days"], "complaint", "en"),
    ("two of the cat food pouches leaked all over the box", ["photos"], "complaint", "en"),
    ("the aquarium from the set arrived with a crack in the glass", ["48 hours"], "complaint", "en"),
    ("new filter doesn't switch on at all, just unpacked it", ["14 days"], "complaint", "en"),
    ("I got chicken pouches instead of beef", ["14 days"], "complaint", "en"),
    ("only one of my two parcels came, is the rest lost?", ["30 kg"], "complaint", "en"),
    ("paket je prišel moker in vreča s hrano je strgana", [MAIL], "complaint", "sl"),
    ("stigla mi je oštećena kutija, limenke su udubljene i cure", ["7"], "complaint", "hr"),
    ("Das Paket kam beschädigt an, der Futtersack ist aufgerissen", [MAIL], "complaint", "de"),
    ("sérülten érkezett a csomag, kiszakadt a tápos zsák", ["7"], "complaint", "hu"),
    ("il pacco è arrivato bagnato e le bustine perdono", [MAIL], "complaint", "it"),
]:
    c(m, False, it, "damaged-parcel", mm, l=l)

# ------------------------------ late or not received, the first report
for m, mm, it, l in [
    ("tracking says delivered but there's nothing here", ["letterbox"], "complaint", "en"),
    ("so the GLS app says my parcel was delivered at 11:40 but I was home the whole morning, nobody rang and there's nothing by the door or in the bike shed. what do I do now?", ["next working day"], "complaint", "en"),
    ("my parcel is late, it's been a week", ["4 working days"], "shipping", "en"),
    ("I was away and didn't collect the parcel at the post office, what happens now?", ["15 days"], "shipping", "en"),
    ("parcel to italy hasn't moved in 5 days", ["6 working days"], "shipping", "en"),
    ("na sledenju piše dostavljeno, paketa pa ni nikjer", [], "complaint", "sl"),
    ("piše da je paket dostavljen ali ga nemam", [], "complaint", "hr"),
    ("Laut DPD zugestellt, aber ich habe nichts bekommen", [], "complaint", "de"),
    ("a követés szerint kézbesítették, de nem kaptam meg", [], "complaint", "hu"),
    ("risulta consegnato ma non ho ricevuto niente", [], "complaint", "it"),
]:
    c(m, False, it, "parcel-not-received", mm, l=l)

# ------------------------------------------------- products (data answers)
for m, mm, l in [
    ("how much is the royal kibble 32 12 kg bag", ["54.9"], "en"),
    ("is royal kibble 32 grain free?", ["rice"], "en"),
    ("what flavours are in the mačja pojedina 6x85 g pack", ["beef"], "en"),
    ("is the trailflex harness in L in stock?", [], "en"),
    ("how many pouches in the vetcare urinary pack", ["12"], "en"),
    ("what's the price of the aqua 60 aquarium set and what comes with it", ["119"], "en"),
    ("how many litres an hour is the aqualine flow 600", ["600 l/h"], "en"),
    ("what temperature range does the thermoguard 100 W go to", ["32 °C"], "en"),
    ("is the cloud bed washable", ["30 °C"], "en"),
    ("how big is the voliera 80 cage", ["80x45x70"], "en"),
    ("the spoton drops for a 15 kg dog, how many pipettes in a pack?", ["3 pipettes"], "en"),
    ("koliko stane Alpski Lovec losos 10 kg?", ["64"], "sl"),
    ("koliko košta FelinePure Sterilised 7 kg?", ["49"], "hr"),
    ("Was kostet die OrthoRest XL und für welche Hunde ist sie?", ["89"], "de"),
    ("mennyibe kerül a Tofu Fresh alom?", ["11"], "hu"),
    ("quanto costa la fontanella da 2 litri?", ["34"], "it"),
]:
    c(m, False, "product_info", None, mm, l=l)
c("do you have the sky tower cat tree in stock?", False, "product_info", None)

# ------------------------------------ numbers that are not order numbers
for m, mm, art, l in [
    ("my 12 year old cat has kidney problems, is the vetcare renal 2 kg the right one?", ["vet's note"], "vet-pharmacy", "en"),
    ("my dog is 32 kg, is royal kibble 32 ok for him or is 32 a size?", ["32%"], None, "en"),
    ("is the aqua 60 filter enough for my 54 l tank", ["400 l/h"], None, "en"),
    ("I have 3 cats and a 20 l bag of litter, how long will it last?", ["10 litres"], "litter", "en"),
    ("is the 6x85 g pack enough for a week for one cat?", ["85 g"], None, "en"),
    ("need a bed for a 48 cm long dachshund, 9 kg", ["Cloud Bed M"], "sizing", "en"),
    ("moja psička ima 14 let in 11 kg, koliko hrane na dan?", [], "feeding-guide", "sl"),
    ("imam 2 mačke od 4 i 6 godina, koliko pijeska mjesečno?", ["10"], "litter", "hr"),
    ("Unser Aquarium hat 126 Liter, reicht ein 100 W Heizstab?", [], "aquarium-setup", "de"),
    ("a 15 kg-os kutyámnak melyik SpotOn kell?", ["21"], None, "hu"),
    ("ho un gatto di 7 anni e 5 kg, va bene FelinePure Sterilised da 7 kg?", ["49"], None, "it"),
]:
    c(m, False, "product_info", art, mm, l=l)

# ------------------------------------------------------- order status (data)
for m, mm, mnm, l, cu in [
    ("where is my order PW-2-48213?", ["shipped", "74105283946"], [], "en", "u8001"),
    ("pw248213 tracking?", ["74105283946"], [], "en", "u8001"),
    ("did the litter I ordered in the summer arrive", ["delivered"], [], "en", "u8001"),
    ("kje je moje naročilo PW 2 48213? še nič ni prišlo", ["74105283946"], [], "sl", "u8001"),
    ("gdje je moja narudžba PW-1-48177?", ["74105299120"], [], "hr", "u8002"),
    ("Wo ist meine Bestellung pw-3-48090? Das Aquarium-Set", ["01505063827154"], [], "de", "u8003"),
    ("hol tart a rendelésem? PW-1-48155", ["74105310388"], [], "hu", "u8006"),
    ("dov'è il mio ordine #PW-3-48010?", ["058123004567812"], [], "it", "u8021"),
    ("Bestellung 48230, wann kommt der Heizstab?", ["01505063899021"], [], "de", "u8022"),
    ("wo bleibt pw 3 48199", ["01505063851770"], [], "de", "u8032"),
    ("mikor jön a szökőkút? rendelés 48180", ["74105315562"], [], "hu", "u8026"),
    ("has my order PW-2-48330 been packed yet?", ["paid"], [], "en", "u8007"),
    ("is my cat tree PW-2-48318 ready to pick up?", ["paid"], [], "en", "u8016"),
    ("je li prošla moja narudžba PW-1-48350? platio sam virmanom jučer", [], [], "hr", "u8027"),
    ("naročilo PW-2-48344 še vedno čaka, ste prejeli moje plačilo?", [], [], "sl", "u8005"),
    ("just checking PW-1-48061 really got cancelled", ["cancelled"], [], "en", "u8029"),
    ("tracking number for my feedplan delivery pls", ["CP483150027SI"], [], "en", "u8038"),
    ("je li stigla narudžba PW-2-47905? ne vidim je u sandučiću", ["74105170943"], [], "hr", "u8030"),
    ("la gabbia è stata consegnata? ordine PW-1-47998", ["058123004498766"], [], "it", "u8031"),
    ("what's the status of my hay order", ["paid"], [], "en", "u8039"),
    ("did my spoton order arrive? PW-2-48150", ["delivered"], [], "en", "u8040"),
    ("kdaj bo prispela hrana za psa? naročilo 48222", ["CP483150027SI"], [], "sl", "u8038"),
    ("PW 1 48177 – kad stiže? mačka nema više hrane", ["74105299120"], [], "hr", "u8002"),
]:
    c(m, False, "order_status", None, mm, mnm, l=l, cu=cu)
# someone else's order / no such order / no number
for m, mnm, l in [
    ("where is order PW-2-48213?", ["74105283946"], "en"),
    ("Wo ist Bestellung PW-3-48199?", ["01505063851770"], "de"),
    ("kje je naročilo PW-1-49999?", [], "sl"),
    ("where's my order? 2 bags of royal kibble, ordered last week", ["74105283946"], "en"),
    ("dov'è il mio ordine? non ho il numero", ["058123004567812"], "it"),
]:
    c(m, False, "order_status", None, [], mnm, l=l)
# orders whose timing a page explains
c("why is my order PW-1-48325 still pending?", False, "order_status", "vet-pharmacy", ["1 working day"], cu="u8017")
c("when will the aquarium PW-1-48340 be delivered, and will they call first?", False, "order_status", "large-items", ["3–5 working days"], cu="u8033")
c("ordered PW-2-48330 this morning at 8, will it leave today?", False, "order_status", "delivery", ["14:00"], cu="u8007")
c("how long will you keep PW-2-48318 for me once it's ready?", False, "shipping", "store-pickup", ["7 days"], cu="u8016")
c("the pouches in PW-2-48301 leaked all over the box, what do I do?", False, "complaint", "damaged-parcel", ["7 days"], cu="u8036")
c("naročilo PW-2-48355 čaka, kam naj pošljem potrdilo veterinarja?", False, "order_status", "vet-pharmacy", [VET], l="sl", cu="u8028")

# ============================================================ hand-overs
# --------------------------------------------- explicit asks for a person
for m, l in [
    ("can I talk to a real person", "en"),
    ("human pls", "en"),
    ("I'd like to speak to your pharmacist, not a bot", "en"),
    ("could someone from the Ljubljana store call me?", "en"),
    ("put me through to customer service please", "en"),
    ("get me someone who actually knows about aquariums", "en"),
    ("can i speak to Tjaša? she helped me in the shop last week", "en"),
    ("please have someone ring me on 041 382 559, after 5 is best", "en"),
    ("id rather talk to a human tbh", "en"),
    ("operator", "en"),
    ("I would like to be contacted by a member of your staff regarding my order.", "en"),
    ("želim govoriti z osebo", "sl"),
    ("lahko govorim s kom od zaposlenih?", "sl"),
    ("prosim, pokličite me nazaj na 031 455 120", "sl"),
    ("človek prosim", "sl"),
    ("raje bi govoril s pravim človekom kot z robotom", "sl"),
    ("ali me lahko jutri dopoldne pokliče vaša farmacevtka?", "sl"),
    ("mogu li razgovarati sa živom osobom?", "hr"),
    ("želim razgovarati s djelatnikom", "hr"),
    ("možete li me nazvati? 091 234 5678", "hr"),
    ("Ich möchte mit einem Mitarbeiter sprechen", "de"),
    ("Kann mich bitte jemand zurückrufen? 0664 123 4567", "de"),
    ("Bitte einen echten Menschen, keinen Bot", "de"),
    ("beszélhetnék egy emberrel?", "hu"),
    ("kérem, hívjon vissza valaki", "hu"),
    ("ügyintézőt szeretnék", "hu"),
    ("vorrei parlare con un operatore", "it"),
    ("mi può richiamare qualcuno? 340 123 4567", "it"),
    ("posso parlare con una persona vera?", "it"),
]:
    c(m, True, "human_request", None, l=l)

# --------------------------------------------- press and partnerships
for m, l in [
    ("I'm a journalist at Delo writing about online pet shops, could someone from your management contact me?", "en"),
    ("we make handmade dog collars in Kamnik and would love to talk to someone about selling them with you", "en"),
    ("pozdravljeni, sem influencerka s 30k sledilci (psi), rada bi sodelovala z vami. s kom lahko govorim?", "sl"),
    ("Wir sind ein Tierfutterhersteller aus der Steiermark und suchen einen Ansprechpartner für den Einkauf.", "de"),
    ("siamo un'associazione cinofila di Gorizia e vorremmo parlare con qualcuno di una collaborazione", "it"),
]:
    c(m, True, "human_request", "contact", l=l)

# -------------------------------------------- cancel or change an order
for m, it, art, l, cu in [
    ("please cancel my order PW-2-48330", "order_status", "order-changes", "en", "u8007"),
    ("prosim, prekličite naročilo PW-2-48330, sem si premislil", "order_status", "order-changes", "sl", "u8007"),
    ("can you change the harness on PW-2-48330 from M to L?", "order_status", "order-changes", "en", "u8007"),
    ("potete cambiare l'indirizzo di consegna dell'ordine PW-3-48312? mi sono trasferita a Pordenone", "order_status", "order-changes", "it", "u8015"),
    ("can you switch PW-2-48318 to home delivery? the cat tree won't fit in my car", "order_status", "store-pickup", "en", "u8016"),
    ("otkažite narudžbu PW-1-48350 molim vas", "order_status", "order-changes", "hr", "u8027"),
    ("prekličite PW-2-48344, bom raje kupil v trgovini", "order_status", "order-changes", "sl", "u8005"),
    ("Bitte die Lieferadresse für PW-3-48199 ändern, ich bin diese Woche in Villach", "order_status", "order-changes", "de", "u8032"),
    ("kérem, módosítsák a szállítási címet a PW-3-48180 rendelésnél", "order_status", "order-changes", "hu", "u8026"),
    ("can you add a pack of dental sticks to PW-2-48213?", "order_status", "order-changes", "en", "u8001"),
    ("ali lahko k naročilu PW-1-48333 dodate še eno vrečo sena?", "order_status", "order-changes", "sl", "u8039"),
    ("please cancel PW-1-48325, my vet changed the diet", "order_status", "order-changes", "en", "u8017"),
    ("my parcel PW-1-47955 went back to you because I was on holiday, please send it again", "order_status", "parcel-not-received", "en", "u8023"),
    ("pošljite paket PW-1-47955 še enkrat, prosim, nisem ga prevzel na pošti", "order_status", "parcel-not-received", "sl", "u8023"),
    ("I want my money back for the cloud bed from PW-1-47790, please sort it out", "return_refund", "returns", "en", "u8018"),
    ("the harness in PW-1-48270 is too small, can you swap it for an L in the same order?", "return_refund", "returns", "en", "u8035"),
    ("možete li mi zamijeniti hranu iz narudžbe PW-2-47905 za drugi okus?", "return_refund", "returns", "hr", "u8030"),
    ("cancel my feedplan for me please, the app keeps crashing", "account", "feedplan", "en", None),
    ("mi lahko vi odpoveste FeedPlan? ne morem se prijaviti", "account", "feedplan", "sl", None),
    ("Können Sie mein FeedPlan für mich pausieren? Ich finde den Knopf nicht", "account", "feedplan", "de", None),
    ("potete disdire voi il mio FeedPlan? dal telefono non ci riesco", "account", "feedplan", "it", None),
    ("kérem, mondják le helyettem a FeedPlan előfizetést", "account", "feedplan", "hu", None),
    ("please change my feedplan to every 6 weeks for me, I'm useless with websites", "account", "feedplan", "en", "u8038"),
]:
    c(m, True, it, art, l=l, cu=cu)

# --------------------------------------------- things only staff can do
E = []  # (message, intent, article, lang, customer)
E += [  # charged twice / unknown charge
    ("you charged me twice for PW-2-47960, €89.90 two times, and both are still booked after 12 days", "payment", "payment", "en", "u8011"),
    ("Sie haben 89,90 € zweimal abgebucht, beide Buchungen sind seit 12 Tagen fix, keine Reservierung", "payment", "payment", "de", "u8011"),
    ("dvakrat ste mi bremenili kartico za isto naročilo, minilo je že 10 dni in oba zneska sta knjižena", "payment", "payment", "sl", None),
    ("naplatili ste mi dvaput istu narudžbu, prošla su dva tjedna i oba iznosa su skinuta", "payment", "payment", "hr", None),
    ("kétszer vonták le ugyanazt az összeget, már két hete, mindkettő könyvelve van", "payment", "payment", "hu", None),
    ("there's a charge from pawsome on my card and I've never ordered anything from you", "payment", None, "en", None),
]
E += [  # charged after cancelling
    ("I cancelled PW-1-48120 on the 6th and the 64.90 was still taken, it's booked, not a reservation", "payment", "order-changes", "en", "u8012"),
    ("naročilo PW-1-48120 sem preklical, denar pa je še vedno odtegnjen, že 10 dni", "payment", "order-changes", "sl", "u8012"),
    ("Ich habe PW-1-48061 storniert und trotzdem wurde das Geld abgebucht, schon vor 2 Wochen", "payment", "order-changes", "de", "u8029"),
]
E += [  # refund missing
    ("returned the cloud bed in september, it says refunded on 8 october and I still have nothing", "return_refund", "returns", "en", "u8004"),
    ("il rimborso per l'ordine PW-1-47388 non è ancora arrivato, è passato più di un mese", "return_refund", "returns", "it", "u8004"),
    ("još nisam dobio povrat novca za PW-2-47233, prošlo je više od mjesec dana", "return_refund", "returns", "hr", "u8013"),
    ("a PW-2-47611 visszatérítése még mindig nem érkezett meg, már 5 hete", "return_refund", "returns", "hu", "u8034"),
    ("še vedno nisem dobila denarja za vrnjeno posteljo, minilo je 5 tednov", "return_refund", "returns", "sl", None),
    ("paypal still shows the full charge for PW-2-47611 even though your site says refunded a month ago", "return_refund", "returns", "en", "u8034"),
]
E += [  # replacement broken again, warranty failed again
    ("the replacement filter PW-1-48205 is dead too, exactly like the first one", "complaint", "damaged-parcel", "en", "u8009"),
    ("tudi nadomestni filter ne dela, to je že drugič", "complaint", "damaged-parcel", "sl", "u8009"),
    ("you already replaced my aqualine pump under warranty in august and the new one has stopped too", "return_refund", "warranty", "en", "u8024"),
    ("pumpa mi je već jednom zamijenjena pod garancijom i opet ne radi", "return_refund", "warranty", "hr", "u8024"),
    ("Mein Filter war schon einmal in der Reklamation und ist jetzt wieder kaputt", "return_refund", "warranty", "de", None),
]
E += [  # delivered, not received, already looked
    ("PW-1-48011 says delivered on the 4th, I've checked the letterbox, asked the neighbours and the post office, nothing for a week", "complaint", "parcel-not-received", "en", "u8008"),
    ("pošta pravi, da je dostavljeno, pogledala sem v nabiralnik, vprašala sosede in na pošti, paketa ni že teden dni", "complaint", "parcel-not-received", "sl", "u8008"),
    ("GLS kaže dostavljeno, pitala sam susjede i provjerila sandučić, ništa već 6 dana", "complaint", "parcel-not-received", "hr", None),
    ("Laut DPD zugestellt, ich habe alle Nachbarn gefragt und den Briefkasten geprüft, seit 5 Tagen nichts", "complaint", "parcel-not-received", "de", None),
    ("BRT dice consegnato, ho chiesto ai vicini e al portiere, niente da una settimana", "complaint", "parcel-not-received", "it", None),
    ("a GLS szerint kézbesítették, megkérdeztem a szomszédokat és megnéztem a postaládát, egy hete semmi", "complaint", "parcel-not-received", "hu", None),
]
E += [  # damage report unanswered
    ("I sent photos of the leaking pouches from PW-2-48301 a week ago and nobody has answered", "complaint", "damaged-parcel", "en", "u8036"),
    ("Ich habe vor 8 Tagen Fotos vom kaputten Aquarium geschickt und keine Antwort bekommen", "complaint", "damaged-parcel", "de", None),
]
E += [  # gift card, credit, points, invoice, vet note
    ("I bought a gift card (PW-2-48140) for my sister on the 6th, she never got it, we checked spam and I pressed resend twice", "payment", "gift-cards", "en", "u8019"),
    ("darilni bon, ki sem ga kupila, ni nikoli prišel, tudi po ponovnem pošiljanju ne", "payment", "gift-cards", "sl", "u8019"),
    ("I had €49.90 Pawsome credit from the picky eater claim and now my account shows 0, I never used it", "payment", "paw-points", "en", "u8037"),
    ("nestali su mi bodovi, imala sam 640 Paw Pointsa i sad piše 0", "payment", "paw-points", "hr", None),
    ("il mio credito Pawsome è sparito, erano 20 euro e non li ho mai usati", "payment", "paw-points", "it", None),
    ("second time asking: the invoice for PW-1-48100 still has no VAT number for our shelter", "payment", "invoices", "en", "u8020"),
    ("račun za PW-1-48100 je še vedno brez naše davčne številke, pišem že drugič", "payment", "invoices", "sl", "u8020"),
    ("I uploaded the vet note for PW-2-48355 three days ago and it's still pending, my dog is nearly out of food", "order_status", "vet-pharmacy", "en", "u8028"),
    ("poslala sam potvrdu veterinara prije 4 dana, a narudžba PW-1-48325 još uvijek čeka", "order_status", "vet-pharmacy", "hr", "u8017"),
]
E += [  # account: not my order, someone else's data, deletion, locked out
    ("there's an order PW-1-48290 for 3 bags of alpski lovec on my account that I never made", "account", None, "en", "u8014"),
    ("na mojem računu je naročilo za 194,70 €, ki ga nisem oddal", "account", None, "sl", "u8014"),
    ("Auf meinem Konto ist eine Bestellung, die ich nicht aufgegeben habe", "account", None, "de", None),
    ("when I log in I see someone else's dog and their home address under My pets!", "account", "privacy", "en", None),
    ("nel mio account vedo i dati e l'indirizzo di un'altra persona", "account", "privacy", "it", None),
    ("I deleted my account 2 months ago and you still email me about feedplan", "account", "privacy", "en", None),
    ("pred dvema mesecema sem zahtevala izbris podatkov, pa še vedno dobivam vaše maile", "account", "privacy", "sl", None),
    ("Ich habe vor 6 Wochen die Löschung meines Kontos beantragt, passiert ist nichts", "account", "privacy", "de", None),
    ("done forgot password 4 times, no email, not in spam, and my feedplan charges in 2 days", "account", "account", "en", None),
    ("többször kértem új jelszót, de nem jön e-mail, a spamben sincs, és közben le fognak vonni a FeedPlanre", "account", "account", "hu", None),
]
E += [  # a pet that reacted to a product
    ("sorry this is long. we switched our 4 year old lab to the alpski lovec salmon about 10 days ago, did it slowly like the bag says. since saturday she's been scratching non-stop, her ears are red and this morning her muzzle was swollen. the vet gave her an injection and said it's probably the food. the bag is from order PW-1-48044, what now?", "complaint", "food-reaction", "en", "u8025"),
    ("po vaši hrani Alpski Lovec je pes ves dan bruhal, bili smo pri veterinarju", "complaint", "food-reaction", "sl", "u8025"),
    ("mačka je nakon novih poslastica dobila osip i stalno se češe, veterinar kaže da je alergija", "complaint", "food-reaction", "hr", None),
    ("Nach dem neuen Futter hat mein Hund ein geschwollenes Gesicht bekommen, wir waren beim Tierarzt", "complaint", "food-reaction", "de", None),
    ("dopo le vostre crocchette il mio cane ha vomitato tutta la notte, l'ho portato dal veterinario", "complaint", "food-reaction", "it", None),
    ("az új táptól a kutyám egész éjjel hányt, állatorvosnál voltunk", "complaint", "food-reaction", "hu", None),
    ("who pays the vet bill? your dental sticks made my dog sick, it was €140 at the emergency vet", "complaint", "food-reaction", "en", None),
]
E += [  # legal threats and staff
    ("I have now written to you four times about the refund for the bed I sent back in september and every time I get a polite reply saying it's being looked into. I've been more than patient. if the money isn't on my account by friday I'm going to the consumer association (ZPS) and the market inspectorate", "complaint", None, "en", None),
    ("če tega ne rešite do petka, grem na tržni inšpektorat", "complaint", None, "sl", None),
    ("Ich schalte jetzt meinen Anwalt ein", "complaint", None, "de", None),
    ("prijavit ću vas inspekciji ako ovo ne riješite", "complaint", None, "hr", None),
    ("the guy at the till in your store was really rude to my mum today", "complaint", None, "en", None),
    ("prodajalka v trgovini na Celovški je bila danes zelo nesramna do mene", "complaint", None, "sl", None),
    ("l'operatore al telefono mi ha chiuso il telefono in faccia", "complaint", None, "it", None),
    ("a chaten tegnap nagyon udvariatlan volt velem a kolléga", "complaint", None, "hu", None),
]
for m, it, art, l, cu in E:
    c(m, True, it, art, l=l, cu=cu)

# ================================================== conversations (2-4 turns)
# ---- a question is answered, then a person is asked for
for msgs, art, l in [
    (["how much is shipping to italy", "ok. can I talk to someone about delivering to the islands"], "delivery", "en"),
    (["how does feedplan work?", "hmm ok, can a human explain it on the phone"], "feedplan", "en"),
    (["why do I need a vet note for the renal food", "right. i'd like to talk to your pharmacist before i order"], "vet-pharmacy", "en"),
    (["what's your return policy", "fine. human please"], "returns", "en"),
    (["how do I claim the warranty on a pump", "can I just speak to someone instead of filling in a form"], "warranty", "en"),
    (["how is a big aquarium delivered", "could someone call me to arrange it? I'm only home mornings"], "large-items", "en"),
    (["do you have a discount for shelters", "great, can someone contact our chairwoman? we feed 40 cats"], "breeders-shelters", "en"),
    (["how long should I cycle a new tank", "can I talk to someone who keeps fish themselves?"], "aquarium-setup", "en"),
    (["koliko stane dostava velikega akvarija?", "v redu, lahko govorim s kom od vas?"], "large-items", "sl"),
    (["kako deluje FeedPlan?", "raje bi se o tem pogovoril s človekom"], "feedplan", "sl"),
    (["ali potrebujem potrdilo veterinarja za dietno hrano?", "lahko me pokliče vaša farmacevtka? 040 221 874"], "vet-pharmacy", "sl"),
    (["kako vrnem odprto hrano?", "želim govoriti z osebo"], "returns", "sl"),
    (["koliko košta dostava u Hrvatsku?", "u redu, mogu li razgovarati s nekim?"], "delivery", "hr"),
    (["kako funkcionira FeedPlan?", "može li me netko nazvati?"], "feedplan", "hr"),
    (["Was kostet der Versand nach Österreich?", "Kann ich bitte mit einem Mitarbeiter sprechen?"], "delivery", "de"),
    (["Wie funktioniert die Garantie bei Pumpen?", "Ich möchte lieber mit jemandem telefonieren"], "warranty", "de"),
    (["mennyi a szállítás Magyarországra?", "beszélhetnék valakivel?"], "delivery", "hu"),
    (["quanto tempo ho per il reso?", "posso parlare con un operatore?"], "returns", "it"),
    (["come funziona il FeedPlan?", "preferisco parlare con una persona"], "feedplan", "it"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- frustration that builds over the turns (no swearing)
for msgs, it, art, l in [
    (["how do I skip a feedplan delivery", "there's no skip button in My FeedPlan", "I've looked three times, it's not there, this isn't helping"], "complaint", "feedplan", "en"),
    (["where's the invoice for my order", "it's not under my orders", "still not there. you keep sending me the same text"], "complaint", "invoices", "en"),
    (["the reset link doesn't work", "I clicked it right away, it says expired", "this is going in circles, I just want to log in"], "complaint", "account", "en"),
    (["my parcel is late", "yes i checked tracking, hasn't moved in 5 days", "you're just repeating yourself"], "complaint", "parcel-not-received", "en"),
    (["how much is delivery to hungary for the cat tree", "but why not? it's a cat tree, not a piano", "that's not a real answer. third time asking"], "complaint", "large-items", "en"),
    (["where do I upload the vet note", "there's no Vet documents under My pets", "I've done exactly that, it's not there, this is ridiculous"], "complaint", "vet-pharmacy", "en"),
    (["kako preskočim dostavo FeedPlan?", "gumba ni", "že tretjič pišem, da gumba ni"], "complaint", "feedplan", "sl"),
    (["kje najdem račun?", "pod mojimi naročili ga ni", "to mi sploh ne pomaga, sprašujem že tretjič"], "complaint", "invoices", "sl"),
    (["paket zamuja", "sledenje se ne premakne že teden dni", "samo ponavljate isto"], "complaint", "parcel-not-received", "sl"),
    (["ne mogu se prijaviti", "već sam probala zaboravljenu lozinku", "i dalje nema maila. ovo je stvarno frustrirajuće"], "complaint", "account", "hr"),
    (["Wie pausiere ich mein FeedPlan?", "Da gibt es keinen Pause-Knopf", "Das frage ich jetzt zum dritten Mal"], "complaint", "feedplan", "de"),
    (["Wie setze ich mein Passwort zurück?", "Die Mail kommt nicht", "Das habe ich jetzt dreimal gemacht, es hilft nicht"], "complaint", "account", "de"),
    (["hol találom a számlát?", "nincs ott", "már harmadszor kérdezem ugyanazt"], "complaint", "invoices", "hu"),
    (["come si mette in pausa il FeedPlan?", "non c'è nessun tasto pausa", "è la terza volta che lo scrivo, non mi state aiutando"], "complaint", "feedplan", "it"),
]:
    c(msgs, True, it, art, l=l)
# frustration that ends with an ask for a person
for msgs, art, l in [
    (["my tracking hasn't moved since monday", "yes I checked the link", "ok this is pointless, get me a human"], "parcel-not-received", "en"),
    (["how do I change the food in my feedplan", "Change plan only lets me change the interval", "forget it, let me talk to someone"], "feedplan", "en"),
    (["the return form won't accept my order number", "tried the website and the app", "can a real person just help me"], "returns", "en"),
    (["sledenje stoji že 5 dni", "ja, sem preverila", "potem mi dajte pravega človeka"], "parcel-not-received", "sl"),
    (["lozinka ne radi", "već sam to napravila", "želim razgovarati s čovjekom"], "account", "hr"),
    (["Die Rücksendung klappt nicht", "der Code wird bei der Post nicht angenommen", "verbinden Sie mich bitte mit einem Mitarbeiter"], "returns", "de"),
    (["il codice sconto non funziona", "sì, il carrello supera i 30 euro", "voglio parlare con una persona"], "discount-codes", "it"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- an answered question, then the staff-only problem comes out
for msgs, it, art, l, cu in [
    (["how long does a refund take", "well, mine for PW-1-47388 says refunded since 8 october and I have nothing"], "return_refund", "returns", "en", "u8004"),
    (["do you replace things that arrive broken?", "you did, and the replacement filter is dead too"], "complaint", "damaged-parcel", "en", "u8009"),
    (["how long is the warranty on aqualine pumps", "it was already swapped once and the new one stopped as well"], "return_refund", "warranty", "en", "u8024"),
    (["how do I cancel feedplan", "I did that on the 1st and you charged me anyway and sent PW-3-48260"], "account", "feedplan", "en", "u8010"),
    (["how do I delete my account", "I did that in august and I still get e-mails about my dog's food"], "account", "privacy", "en", None),
    (["who can see my vet documents?", "then why can I see a stranger's dog and address in my account?"], "account", "privacy", "en", None),
    (["what should I do if my dog reacts to a new food", "ok, she's been vomiting since last night after the salmon food from PW-1-48044 and we're at the vet now"], "complaint", "food-reaction", "en", "u8025"),
    (["why do I see 2 payments on my card", "it's been 2 weeks and both are final on my statement"], "payment", "payment", "en", "u8011"),
    (["how long is gift card delivery", "I bought one on the 6th, resent it twice, she still has nothing"], "payment", "gift-cards", "en", "u8019"),
    (["koliko časa traja vračilo denarja?", "za PW-2-47233 je minil že več kot mesec in nimam nič"], "return_refund", "returns", "sl", "u8013"),
    (["kako odpovem FeedPlan?", "to sem naredil 1. v mesecu in ste mi vseeno zaračunali"], "account", "feedplan", "sl", "u8010"),
    (["ali zamenjate izdelke, ki pridejo poškodovani?", "ja, ampak tudi nadomestni filter ne dela"], "complaint", "damaged-parcel", "sl", "u8009"),
    (["koliko traje povrat novca?", "za PW-2-47233 čekam više od mjesec dana"], "return_refund", "returns", "hr", "u8013"),
    (["Wie lange dauert eine Erstattung?", "Ich warte jetzt seit fünf Wochen auf mein Geld"], "return_refund", "returns", "de", None),
    (["mennyi ideig tart a visszatérítés?", "a PW-2-47611-re már 5 hete várok"], "return_refund", "returns", "hu", "u8034"),
    (["quanto dura un buono regalo?", "l'ho comprato per mia sorella ma non le è mai arrivato, neanche dopo il reinvio"], "payment", "gift-cards", "it", None),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- a problem reported, then it turns out staff are needed
for msgs, it, art, l, cu in [
    (["the cat food pouches arrived leaking", "I sent the photos to pomoc@ 6 days ago and nobody has answered"], "complaint", "damaged-parcel", "en", "u8036"),
    (["tracking says delivered but i have nothing", "I did all that. letterbox, neighbours, the post office. it's been 5 days", "so what now"], "complaint", "parcel-not-received", "en", "u8008"),
    (["I cancelled an order, when do I get the money?", "it's been 12 days and it's booked, not reserved"], "payment", "order-changes", "en", "u8012"),
    (["my new filter doesn't work", "I filled in the form at reklamacija 2 weeks ago and nobody replied"], "return_refund", "warranty", "en", None),
    (["my cat won't eat the felinepure, can I return it?", "I did the picky eater claim 10 days ago and nothing happened"], "return_refund", "picky-eater", "en", "u8037"),
    (["paket je prišel moker", "slike sem poslala pred tednom dni in ni odgovora"], "complaint", "damaged-parcel", "sl", None),
    (["piše dostavljeno, a paketa nemam", "sve sam to napravio, prošla su 4 dana"], "complaint", "parcel-not-received", "hr", None),
    (["Das Paket kam beschädigt an", "ich habe vor einer Woche Fotos geschickt, keine Antwort"], "complaint", "damaged-parcel", "de", None),
    (["sérült a csomag", "egy hete küldtem fotókat, senki nem válaszolt"], "complaint", "damaged-parcel", "hu", None),
    (["il pacco è arrivato danneggiato", "ho mandato le foto 8 giorni fa e nessuno mi ha risposto"], "complaint", "damaged-parcel", "it", None),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- change requests inside a conversation
for msgs, it, art, l, cu in [
    (["can i still cancel an order I placed this morning?", "ok then please cancel PW-2-48330"], "order_status", "order-changes", "en", "u8007"),
    (["where is my order PW-2-48213", "can you send it to my parents' address in Kranj instead, I'm not home this week"], "order_status", "order-changes", "en", "u8001"),
    (["what's your return policy", "ok, please just refund the cloud bed from PW-1-47790 to my card"], "return_refund", "returns", "en", "u8018"),
    (["how do I cancel feedplan", "can you just do it for me, the page won't load on my phone"], "account", "feedplan", "en", "u8038"),
    (["ali lahko še spremenim naročilo?", "potem prosim zamenjajte oprsnico M za L na PW-2-48330"], "order_status", "order-changes", "sl", "u8007"),
    (["mogu li otkazati narudžbu?", "onda otkazujem PW-1-48350"], "order_status", "order-changes", "hr", "u8027"),
    (["Kann ich meine Bestellung noch ändern?", "dann bitte die Adresse für PW-3-48199 ändern"], "order_status", "order-changes", "de", "u8032"),
    (["módosítható még a rendelés?", "akkor kérem, változtassák meg a címet a PW-3-48180 rendelésnél"], "order_status", "order-changes", "hu", "u8026"),
    (["si può ancora modificare un ordine?", "allora cambiate l'indirizzo dell'ordine PW-3-48312 per favore"], "order_status", "order-changes", "it", "u8015"),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- follow-ups the assistant answers itself (no hand-over)
for msgs, it, art, mm, l in [
    (["hi", "how much is shipping to croatia?"], "shipping", "delivery", ["€5.90"], "en"),
    (["do you ship to austria", "how long does it take?"], "shipping", "delivery", ["2–4 working days"], "en"),
    (["what's feedplan", "and if I want to stop it, how?"], "account", "feedplan", ["Cancel FeedPlan"], "en"),
    (["can i return dog food", "what about a bag I already opened?"], "return_refund", "returns", ["Picky eater"], "en"),
    (["i want to talk to someone", "actually never mind, just tell me if the store is open saturday"], "other", "ljubljana-store", ["8:00–14:00"], "en"),
    (["human please", "no wait, forget it. what's the phone number, I'll call myself"], "other", "contact", [PH], "en"),
    (["is this chat a bot?", "ok, and when are people here?"], "other", "contact", ["8:00–20:00"], "en"),
    (["no I don't need a person", "just tell me how long a gift card is valid"], "payment", "gift-cards", ["2 years"], "en"),
    (["my parcel arrived with a torn bag", "do i have to send it back?"], "complaint", "damaged-parcel", ["unless we ask"], "en"),
    (["GLS says delivered but I have nothing", "ok, should I wait or write to you now?"], "complaint", "parcel-not-received", ["next working day"], "en"),
    (["do you have food for dogs with allergies?", "how much is it?"], "product_info", None, ["89.9"], "en"),
    (["what's the weather in ljubljana", "ok never mind. what time does your store open on saturday?"], "other", "ljubljana-store", ["8:00–14:00"], "en"),
    (["my dog is 30 kg", "how much royal kibble 32 a day?"], "product_info", "feeding-guide", ["340 g"], "en"),
    (["živjo", "koliko stane poštnina po Sloveniji?"], "shipping", "delivery", ["3"], "sl"),
    (["želim govoriti z osebo", "ne, pozabite, kakšna je vaša telefonska številka?"], "other", "contact", [PH], "sl"),
    (["ne rabim človeka", "samo povejte, kako začasno ustavim FeedPlan"], "account", "feedplan", [], "sl"),
    (["paket je prišel poškodovan", "moram izdelek poslati nazaj?"], "complaint", "damaged-parcel", [], "sl"),
    (["bok", "koliko vrijedi poklon bon?"], "payment", "gift-cards", ["2"], "hr"),
    (["ne treba mi djelatnik", "samo mi recite do kada radi chat subotom"], "other", "contact", ["15"], "hr"),
    (["hallo", "Was kostet der Versand nach Österreich?"], "shipping", "delivery", ["6"], "de"),
    (["Ich brauche keinen Mitarbeiter", "sagen Sie mir nur, wie lange ich Zeit für die Rücksendung habe"], "return_refund", "returns", ["30"], "de"),
    (["szia", "mennyi ideig érvényes az ajándékkártya?"], "payment", "gift-cards", ["2"], "hu"),
    (["ciao", "quanto costa la spedizione in Italia?"], "shipping", "delivery", ["8"], "it"),
    (["non mi serve un operatore", "ditemi solo fino a quando posso annullare un ordine"], "order_status", "order-changes", [], "it"),
]:
    c(msgs, False, it, art, mm, l=l)
# order follow-ups with the customer's own orders
for msgs, mm, l, cu in [
    (["hi, where's my dog food order", "the number is PW 2 48213"], ["74105283946"], "en", "u8001"),
    (["živjo, paket še ni prišel", "številka naročila je pw248213"], ["74105283946"], "sl", "u8001"),
    (["gdje je moj paket?", "PW-1-48177"], ["74105299120"], "hr", "u8002"),
    (["Wo ist mein Paket?", "es ist PW-3-48090, das Aquarium"], ["01505063827154"], "de", "u8003"),
    (["dov'è il mio pacco?", "ordine 48010, crocchette al salmone"], ["058123004567812"], "it", "u8021"),
]:
    c(msgs, False, "order_status", None, mm, l=l, cu=cu)

# ---- more ways of asking for a person
for m, l in [
    ("cn i tlk to sum1 real", "en"),
    ("is there anyone who could look at this with me?", "en"),
    ("honestly I think this needs a human", "en"),
    ("rather not explain this to a bot. someone from the team please", "en"),
    ("who's the manager there, I want to talk to them", "en"),
    ("Good afternoon. Would it be possible to speak with your pharmacist? Kind regards, M. Zupan", "en"),
    ("a je tam kdo pravi?", "sl"),
    ("rada bi, da me kdo pokliče, lažje razložim po telefonu", "sl"),
    ("Pozdravljeni. Želim govoriti z vodjo trgovine.", "sl"),
    ("ima li tamo netko stvaran?", "hr"),
    ("Gibt es hier einen echten Mitarbeiter?", "de"),
    ("Verbinden Sie mich bitte mit dem Kundenservice.", "de"),
    ("lehet valakivel telefonon beszélni?", "hu"),
    ("c'è qualcuno in carne e ossa?", "it"),
]:
    c(m, True, "human_request", None, l=l)
# greeting first, then the ask; or asking again
for msgs, l in [
    (["hi", "can i speak to a person please"], "en"),
    (["human", "HUMAN", "hello?? a real person please"], "en"),
    (["agent", "i said agent"], "en"),
    (["živjo", "lahko govorim s človekom?"], "sl"),
    (["dober večer", "ali me lahko jutri pokliče kdo od vas?"], "sl"),
    (["oseba", "OSEBA PROSIM", "halo, želim govoriti s človekom"], "sl"),
    (["bok", "mogu li razgovarati s nekim iz trgovine?"], "hr"),
    (["grüß gott", "ich möchte bitte mit jemandem sprechen"], "de"),
    (["Mitarbeiter", "ich sagte: Mitarbeiter bitte"], "de"),
    (["jó napot", "szeretnék egy ügyintézővel beszélni"], "hu"),
    (["buonasera", "vorrei parlare con qualcuno del negozio"], "it"),
]:
    c(msgs, True, "human_request", None, l=l)

# ---- longer conversations written out in full
c(["hi, my feedplan comes every 4 weeks but my dog only gets through a bag in 6",
   "I went to My FeedPlan like you said but there's only 'Delivery and payment' and 'Cancel FeedPlan', no Change plan",
   "look, I've now spent half an hour on this, logged out and in again, tried the app and the website, cleared the cache like my daughter told me, and there is still no button to change the interval. I don't want to cancel, I just want fewer deliveries. this is really not ok"],
  True, "complaint", "feedplan")
c("I've read through half your help pages and I'm more confused than when I started. my mum is 81, her cat has kidney disease and the vet gave her a paper, she doesn't do computers and I live in Vienna. could someone from your pharmacy call her and sort out the renal food with her? 01 520 33 41",
  True, "human_request", "vet-pharmacy")
c("ok before you pass me on to someone, I really don't need a person for this, I just can't find anywhere on your site how long the gift card my aunt gave me is valid, it's from last christmas and I'd hate for it to run out",
  False, "payment", "gift-cards", ["2 years"])
c(["hey, thinking about getting an aquarium for my son, never had one", "ok and what filter would a 54 litre tank need?",
   "and how much water do we change every week?"], False, "product_info", "aquarium-setup", ["20–30%"])
c(["živjo, imam eno naročilo na poti", "ne, z njim je vse v redu, samo zanima me, do kdaj ste odprti v petek"],
  False, "other", "ljubljana-store", ["19"], l="sl")
c(["Hallo, ich habe eine Frage zum Versand", "Wir wohnen in Salzburg, was kostet es und wann ist es gratis?",
   "Und der Kratzbaum, kommt der auch per Paket?"], False, "shipping", "large-items", ["49"], l="de")
c(["bok, naručila sam hranu za mačku prije tjedan dana", "platila sam pouzećem, ali sam vratila jednu vreću",
   "kako ću dobiti novac ako sam platila pouzećem?"], False, "return_refund", "returns", [], l="hr")

# ---- more polite requests only staff can fulfil
for m, it, art, cu in [
    ("I was charged for feedplan while it was paused, €67.26 on the 7th, the pause runs until december", "account", "feedplan", None),
    ("hey, sorry to bother you, I think there's been a mix-up: I was charged €49.90 for cat food and then the same again a week later, I only ordered once", "payment", "payment", None),
    ("could you please refund the shipping on my last order? the parcel came over a week late", "return_refund", None, None),
    ("please cancel my FeedPlan as of today and refund the delivery you charged on monday, it hasn't shipped yet", "account", "feedplan", None),
    ("I'd like to exchange the chicken pouches in my order for the beef ones, in the same order if possible", "return_refund", "returns", None),
    ("quick one: could someone check why the Paw Points from my order 3 weeks ago never showed up? it was delivered on time", "payment", "paw-points", None),
    ("your pharmacist promised to call me back yesterday about the hypoallergenic diet, could she please call me today?", "human_request", "vet-pharmacy", None),
    ("GLS says my neighbour signed for the parcel but she says she never got it, I've asked her twice and checked the whole building", "complaint", "parcel-not-received", None),
    ("I returned a bed in your Ljubljana store 3 weeks ago, paid by card, and the refund still hasn't come", "return_refund", "returns", None),
    ("someone used my gift card, it was €100 and the balance page now says €12, I haven't ordered anything", "payment", "gift-cards", None),
    ("I'm a vet at a clinic in Domžale and we'd like to recommend your renal diets to our clients, who can I talk to about working together?", "human_request", "contact", None),
    ("I moved to Graz and my FeedPlan still goes to my old flat in Ljubljana. I changed it twice under Delivery and payment and it doesn't save", "account", "feedplan", None),
    ("could someone check whether you got my return? sent it 3 weeks ago from Zagreb and the tracking says delivered to you, no refund yet", "return_refund", "returns", None),
    ("my cat has been off her food and vomiting for two days since we opened the new FelinePure bag, the vet thinks it's the food. can you check the batch?", "complaint", "food-reaction", None),
    ("I accidentally ordered the hay twice, can you cancel one? PW-1-48333", "order_status", "order-changes", "u8039"),
    ("you sent me someone else's invoice with their name and address on it", "account", "privacy", None),
]:
    c(m, True, it, art, cu=cu)
c(["hi", "what's the warranty on the drinking fountain?", "ok thanks. can a person call me then? mine has been leaking for a week"],
  True, "return_refund", "warranty")

# ---- many customers greet before they ask: every 9th single-turn question
# gets an opening line in its own language (the judged turn is unchanged)
OPENERS = {
    "en": ["hi", "hello", "hey", "good morning", "hi there", "hello, quick question",
           "hiya", "evening!", "hi, hope you can help"],
    "sl": ["živjo", "pozdravljeni", "dober dan", "lep pozdrav, eno vprašanje", "dobro jutro"],
    "hr": ["bok", "dobar dan", "pozdrav"],
    "de": ["hallo", "grüß gott", "servus"],
    "hu": ["szia", "jó napot", "üdv"],
    "it": ["ciao", "buongiorno", "salve"],
}
GREETS = re.compile(r"(hi|hello|hey|hiya|good (morning|afternoon|evening)|živjo|pozdravljeni|dober dan|"
                    r"bok|dobar dan|hallo|grüß gott|servus|szia|jó napot|ciao|buongiorno|buonasera)\b", re.I)

# ================================================================ output
# "PW-2-48213", "pw248213", "PW 2 48213", "#PW-2-48213"
ORDER_REF = re.compile(r"(?i)\bpw[\s#-]*(\d)[\s-]*(\d{5})(?!\d)")
# a bare 5-digit counter ("order 48213", "rendelés 48180")
BARE_REF = re.compile(r"(?<![\d.,])(4[6-9]\d{3})(?![\d.,])")
# order numbers that are meant not to exist
UNKNOWN_ORDERS = {"49999"}

def order_refs(m):
    full, bare = casekit.scan(m, ORDER_REF, BARE_REF)
    return ([casekit.Ref(mo.group(0), mo.group(2), "PW-%s-%s" % mo.groups()) for mo in full]
            + [casekit.Ref(mo.group(0), mo.group(1), None) for mo in bare])

def main():
    shop.add_openers(OPENERS, GREETS, every=9, rotate=7)
    shop.write()
    shop.check(order_id=r"PW-\d-\d{5}", shape="PW-2-48213", counter=lambda oid: oid[5:],
               refs=order_refs, unknown=UNKNOWN_ORDERS, qualifier="warehouse digit",
               named=lambda cu: cu.startswith("u80"), customer_id=r"u8\d{3}", currency={"EUR"})

if __name__ == "__main__":
    main()
