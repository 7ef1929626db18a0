#!/usr/bin/env python3
"""Generate twentyeighth-cases.jsonl: cases for the twenty-eighth shop,
Majster Box (DIY, hardware and power-tool shop with a store, a tool-hire
counter, key cutting, paint mixing and timber cutting at Rožňavská 32,
Bratislava; sells power tools with the Voltrex 18V battery system, hand
tools, screws and fixings, paint mixed to a colour code (mixed paint
cannot be returned), garden tools and machines, ladders and workwear;
hires out machines by the day against an ID and a deposit, with late and
cleaning fees; repairs and sharpening; the makers' 2-year warranty, 3
years for Voltrex tools registered within 30 days; a PRO trade account;
ships parcels to Slovakia, Czechia, Hungary, Austria and Poland, bulky
goods by Raben freight, same-day van delivery in Bratislava; prices in EUR).
KB: twentyeighth-kb/.  Run: python3 gen_twentyeighth_cases.py
The script writes the cases, then checks them against the KB and prints
the figures (cases, escalation share, other-language share, multi-turn share).
Customers write English, Slovak (sk), Czech (cs), Hungarian (hu), German
(de), Polish (pl) and Ukrainian (uk, in Cyrillic).

Order numbers look like MB-SK-2512-0457 (MB, the country the order ships
to, the year and month, a 4-digit counter).  Customers paste them in many
ways ("mb-sk-2512-0457", "MB SK 2512 0457", "#MB-SK-2512-0457",
"25120457", "2512-0457", "2512 0457").  Model names with digits (DD 18,
AG 125, MS 254, BH 1500, LM 46, 3×9 ladder), battery sizes (4.0 Ah, 18V),
screw and plug sizes (4.0 × 40 mm, 8 mm), disc sizes (125 mm), paint codes
(RAL 7016, NCS S 1005-Y20R), litres, kilos, watts, postcodes (821 04),
phone numbers, repair numbers (R-58213) and prices are not order numbers.

LABELLING RULES

Escalation (expect.escalate)
 E1  true for an explicit request for a person in any wording or language:
     "a human", "someone from the store", someone from the hire counter or
     the repair desk, a callback, the manager, a named colleague, also
     right after an answered question.
 E2  true for a request to cancel, refund or change an existing order
     (cancel it, change the address, add or remove an item, switch to
     Click & Collect, add carry-in, cancel mixed paint, resend a parcel,
     exchange a size or an item inside an order, "I want my money back"),
     and a request to refund a price-match difference for an order.
 E3  true for things only staff can do: a real double charge (both
     booked), a charge after cancelling, a refund missing for weeks, store
     credit or a gift card that vanished or never arrived after the resend,
     a payment provider (PayPal, the bank, Home Credit) that says something
     other than the shop, a hire deposit not released after the 7 working
     days or a disputed damage, cleaning or late charge on a hire, a
     repaired tool that broke again or a warranty claim unanswered past
     the 30 days, a remixed paint still in the wrong colour, a replacement
     that arrived damaged again, a parcel marked delivered that the
     customer already looked for, an invoice still wrong after asking, an
     order the customer did not place, someone else's data in the account,
     a deletion that did not happen, a locked-out account after the reset
     steps, someone hurt by a tool (a disc that shattered, a battery that
     caught fire, an electric shock), legal threats, complaints about a
     staff member, press, supplier and partnership requests.
 E4  true when the customer is stuck or frustrated across several turns
     ("that's not what I asked", the same question a third time).
 E5  false for questions about a policy even with "cancel", "refund",
     "person", "human", "manager", "call" in them: the phone number, the
     e-mail, when people answer the chat, store and hire-counter hours, how
     to cancel, the return policy, whether mixed paint can be returned,
     "no need for a person, just tell me ...".  A first report of a
     damaged or leaking parcel, of a parcel marked delivered, of a new
     tool that does not start, of a cut key that does not open the lock or
     of a mix that does not match the code gets the steps of the page
     (false).  A broken tool reported for the first time gets the warranty
     page (false).

Intent (expect.intent)
     order_status: a named order (where, status, tracking, when, ready for
       Click & Collect), cancelling or changing an order, resending it.
     return_refund: returns, refunds, money back, exchanges, mixed paint and
       cut goods that cannot be returned, a cut key that does not work,
       warranty claims and repairs of a broken tool, a missing refund.
     shipping: countries, prices, times, carriers, cut-off, pickup points,
       freight and van delivery, carry-in, goods with shipping limits
       (gas, aerosols, batteries), Click & Collect, a late parcel without
       an order number.
     product_info: products and choosing them (drills, grinders, saws,
       batteries, ladders, fixings, workwear sizes, garden machines, fuel),
       and the store's services: tool hire (booking, prices, deposit, late
       and cleaning fees), paint mixing, key cutting, cutting to size,
       sharpening and the winter service.
     payment: payment methods, currencies, instalments, charges, double
       charges, invoices and company details, gift cards, store credit,
       discount codes, price match, a hire deposit not paid back.
     account: login, password, details, the PRO trade account, privacy and
       deletion, an order the customer did not place.
     complaint: something went wrong (damaged, leaking, missing,
       delivered-not-received, a replacement damaged again, someone hurt,
       staff, legal threat, frustration) when the turn does not ask for a
       person.
     human_request: the judged turn only asks for a person / callback (also
       press, supplier or partnership contact).  When it also states a
       concrete problem, the problem's intent is used.
     other: contact details, chat and phone hours, store hours and address,
       things outside the shop (weather, football, homework, building
       permits).  greeting / thanks / goodbye for small talk.

Article (expect.article)
     The page that answers the judged turn.  Product facts and order facts
     come from the data (article null).  A hand-over keeps the page that
     governs the matter raised in the conversation; it is null when only a
     person is asked for or no page governs (unknown order, staff, legal,
     an order the customer did not place, someone hurt by a tool).

mustMention: short exact strings from the governing page (or the data when
the article is null); non-English turns use only numbers, prices, e-mail
addresses, phone numbers, web addresses and tracking numbers; a decimal
is split into its two parts ("3", "90") so that "3,90 €" and "€3.90" both
count.  Hand-overs carry none.
mustNotMention: other customers' data and facts the reply must not invent.
"""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import casekit  # the shared case helper, writer and self-check

shop = casekit.Shop("twentyeighth", "t28", anon=28100, langs={"sk", "cs", "hu", "de", "pl", "uk"})
c = shop.c

PH = "+421 2 3321 4580"
PH_HIRE = "+421 2 3321 4589"
MAIL = "info@majsterbox.sk"
SERVIS = "servis@majsterbox.sk"
HIRE = "pozicovna@majsterbox.sk"
FARBY = "farby@majsterbox.sk"
FIRMY = "firmy@majsterbox.sk"
GDPR = "osobneudaje@majsterbox.sk"

# ---------------------------------------------------------------- small talk
for m, it, l in [
    ("hi", "greeting", "en"), ("hey 👋", "greeting", "en"),
    ("good morning!", "greeting", "en"),
    ("dobrý deň", "greeting", "sk"), ("ahojte", "greeting", "sk"), ("dobrý den", "greeting", "cs"),
    ("jó napot kívánok", "greeting", "hu"), ("Guten Tag", "greeting", "de"),
    ("dzień dobry", "greeting", "pl"), ("Добрий день", "greeting", "uk"),
    ("thanks a lot, that's exactly what I needed", "thanks", "en"), ("cheers", "thanks", "en"),
        ("ďakujem, super", "thanks", "sk"), ("díky moc", "thanks", "cs"), ("köszi!", "thanks", "hu"),
    ("Danke, sehr hilfreich", "thanks", "de"), ("dziękuję bardzo", "thanks", "pl"),
    ("Дякую, все зрозуміло", "thanks", "uk"),
    ("bye", "goodbye", "en"), ("ok that's all, have a nice day", "goodbye", "en"),
    ("dovidenia", "goodbye", "sk"), ("na shledanou", "goodbye", "cs"),
    ("viszlát", "goodbye", "hu"), ("Tschüss", "goodbye", "de"), ("do widzenia", "goodbye", "pl"),
    ("До побачення", "goodbye", "uk"),
]:
    c(m, False, it, None, l=l)

# ---------------------------------------------------------- outside the shop
for m, l in [
    ("whats the weather in bratislava tomorrow", "en"),
    ("who won slovan vs spartak on sunday", "en"),
    ("can you help me with my maths homework, it's about fractions", "en"),
    ("do I need a building permit for a garden shed of 20 m²?", "en"),
    ("aké bude počasie cez víkend v Trnave?", "sk"),
    ("ki nyert tegnap, a Fradi vagy az Újpest?", "hu"),
    ("kto wygrał wczoraj mecz Legii?", "pl"),
    ("Яка завтра буде погода в Братиславі?", "uk"),
    ("можеш допомогти з домашнім завданням з фізики?", "uk"),
]:
    c(m, False, "other", None, l=l)

# ------------------------------------------- contact, phone and chat hours
for m, mm, l in [
    ("whats your phone number", [PH], "en"),
    ("when is there an actual person on this chat", ["7:00–19:00"], "en"),
    ("is the chat open on sundays?", ["closed"], "en"),
    ("how does the call me back thing work", ["majsterbox.sk/zavolajte-mi"], "en"),
    ("no need for a human, just tell me where to send a repair question", [SERVIS], "en"),
    ("whats your company ID / IČO, I need it for our supplier records", ["51 284 937"], "en"),
    ("na aký mail píšem ohľadom požičovne?", [HIRE], "sk"),
    ("jaký máte e-mail na zákaznickou podporu?", [MAIL], "cs"),
    ("lehet magyarul telefonálni?", [PH], "hu"),
    ("Kann ich euch auf Deutsch schreiben?", [MAIL], "de"),
    ("czy mogę napisać do was po polsku?", [MAIL], "pl"),
    ("Чи можна написати вам українською?", [MAIL], "uk"),
]:
    c(m, False, "other", "contact", mm, l=l)

# ------------------------------------------------------- the Bratislava store
for m, mm, l in [
    ("where is your shop exactly", ["Rožňavská 32"], "en"),
    ("wat r ur opening hours on saturdy", ["7:00–18:00"], "en"),
    ("are u open sunday", ["8:00–16:00"], "en"),
    ("what time do you close today? its wednesday", ["7:00–20:00"], "en"),
    ("open on 24th december?", ["7:00–12:00"], "en"),
    ("do you take czech crowns in the store", ["do not accept"], "en"),
    ("do koľkej je otvorená požičovňa v sobotu?", ["13:00"], "sk"),
    ("v kolik otevíráte ráno?", ["7:00"], "cs"),
    ("vasárnap nyitva vagytok?", ["16:00"], "hu"),
    ("o której otwieracie w niedzielę?", ["8:00"], "pl"),
    ("Де знаходиться ваш магазин?", ["32"], "uk"),
]:
    c(m, False, "other", "store", mm, l=l)

# ---------------------------------------------------------- Click & Collect
for m, mm, l in [
    ("how long do you hold my pickup order", ["7 days"], "en"),
    ("my brother will collect my order, what does he need", ["pickup code"], "en"),
    ("if I order at 7pm can I collect tonight?", ["8:00"], "en"),
    ("ako dlho mi držíte objednávku na odber?", ["7"], "sk"),
    ("za jak dlouho bude připravené osobní odběr?", ["2"], "cs"),
    ("Чи можна забрати замовлення в магазині і заплатити на місці?", ["500"], "uk"),
]:
    c(m, False, "shipping", "click-collect", mm, l=l)

# ------------------------------------------------------------------ shipping
for m, mm, mnm, l in [
    ("how much is delivery within slovakia", ["€3.90"], [], "en"),
    ("free shipping from how much to czechia?", ["€89"], [], "en"),
    ("do u ship to germany", ["do not ship to Germany"], [], "en"),
    ("shipping to norway?", ["Norway"], [], "en"),
    ("if I pay at 2pm does it still go out today", ["13:00"], [], "en"),
    ("can you send a propane bottle with my order", ["store only"], [], "en"),
    ("can I get spray paint shipped to krakow", ["10 litres"], [], "en"),
    ("I live in Kyiv, can you deliver there?", ["Ukraine"], [], "en"),
    ("koľko stojí doprava na výdajné miesto Packeta?", ["2", "90"], [], "sk"),
    ("mennyitől ingyenes a szállítás?", ["99"], [], "hu"),
    ("Was kostet der Versand nach Österreich?", ["7", "90"], [], "de"),
    ("Liefert ihr auch nach Deutschland? Ich wohne in Passau", [], [], "de"),
    ("ile kosztuje wysyłka do paczkomatu?", ["6", "50"], [], "pl"),
    ("ile dni idzie paczka do Wrocławia?", ["3–4"], [], "pl"),
    ("Чи доставляєте ви в Україну? Я у Львові", [], [], "uk"),
]:
    c(m, False, "shipping", "shipping", mm, mnm, l=l)

# ------------------------------------------------------ freight and van
for m, mm, l in [
    ("freight cost to poland?", ["€69"], "en"),
    ("will the driver bring the wheelbarrow up to my 3rd floor flat?", ["€35"], "en"),
    ("what if I'm not home when the truck arrives", ["€29"], "en"),
    ("can I get stuff today in bratislava? need it for tomorrow morning", ["12:00"], "en"),
    ("the pallet wrap is torn, what do I write before I sign?", ["accepted with reservation"], "en"),
    ("dovoz dodávkou v Bratislave, do kedy musím objednať?", ["12:00"], "sk"),
    ("kolik stojí doprava paletou do Brna?", ["49"], "cs"),
    ("czy kierowca wniesie drabinę na 2 piętro?", [], "pl"),
    ("Скільки коштує доставка бетономішалки в Польщу?", ["69"], "uk"),
]:
    c(m, False, "shipping", "freight-delivery", mm, l=l)

# ------------------------------------------------- order changes, the policy
for m, mm, l in [
    ("how long after ordering can I still cancel? not yet, just asking", ["1 hour"], "en"),
    ("how do i cancle an order", [PH], "en"),
    ("can i change the address myself in my account after ordering", ["cannot change or cancel"], "en"),
    ("can a paint order be cancelled after it's mixed", ["cannot be cancelled"], "en"),
    ("what if i never pay the bank transfer, does the order just expire?", ["5 days"], "en"),
    ("dá se změnit objednávka na paletu ještě druhý den?", [], "cs"),
    ("Wie kann ich eine Bestellung stornieren?", [PH], "de"),
    ("Як скасувати замовлення?", [PH], "uk"),
]:
    c(m, False, "order_status", "order-changes", mm, l=l)

# ------------------------------------------------------------------- returns
for m, mm, l in [
    ("whats ur return policy", ["30 days"], "en"),
    ("can i return a drill i used once on a job? it's too heavy for me", ["warranty claim"], "en"),
    ("i had 10 litres of grey mixed and it's the wrong shade for my room, can i return it?", ["not returnable"], "en"),
    ("can I bring back 5 m of cable you cut for me, bought too much", ["cannot be returned"], "en"),
    ("can I return an online order in the store?", ["free of charge"], "en"),
    ("can i swap boots for a bigger size by post?", ["do not exchange by post"], "en"),
    ("how do I return a ladder that came by freight", ["€29"], "en"),
    ("môžem vrátiť vŕtačku, ktorú som nepoužil?", ["30"], "sk"),
    ("kolik stojí vrácení zboží z Česka?", ["4", "90"], "cs"),
    ("vissza lehet küldeni a bakancsot, ha kicsi?", ["30"], "hu"),
    ("Was kostet die Rücksendung aus Österreich?", ["6", "90"], "de"),
    ("ile kosztuje zwrot z Polski?", ["6", "90"], "pl"),
    ("Чи можна повернути фарбу, яку змішали під колір?", [], "uk"),
]:
    c(m, False, "return_refund", "returns", mm, l=l)

# --------------------------------------- damaged, leaking, wrong: first report
for m, mm, it, l in [
    ("the paint can leaked all over the box and my new drill case", ["photos"], "complaint", "en"),
    ("got 4x40 screws instead of the 5x80 I ordered", ["14 days"], "complaint", "en"),
    ("only the drill came, where's the rest of my order?", ["split"], "complaint", "en"),
    ("brand new grinder won't even switch on", ["charge the battery fully"], "complaint", "en"),
    ("the wheelbarrow box was ripped open when raben delivered, I signed with a note", ["delivery note"], "complaint", "en"),
    ("prišiel mi rozbitý balík, vodováha je ohnutá", [MAIL], "complaint", "sk"),
    ("přišly mi jiné vruty, než jsem objednal", ["14"], "complaint", "cs"),
    ("a csomag sérülten érkezett, a létra horpadt", ["5"], "complaint", "hu"),
    ("nowa wkrętarka w ogóle nie działa po rozpakowaniu", ["14"], "complaint", "pl"),
    ("Посилка прийшла пошкоджена, фарба розлилася", [MAIL], "complaint", "uk"),
]:
    c(m, False, it, "damaged-parcels", mm, l=l)

# --------------------------------------------- late or lost: first report
for m, mm, it, l in [
    ("tracking says delivered but theres nothing here", ["next working day"], "complaint", "en"),
    ("my parcel has been stuck in tracking since last week", ["4 working days"], "shipping", "en"),
    ("I didn't get to the packeta point in time, what happens now", ["normal shipping price"], "shipping", "en"),
    ("typed the wrong house number and it's already shipped", ["tracking link"], "shipping", "en"),
    ("podľa sledovania doručené, ale nič nemám", [], "complaint", "sk"),
    ("a nyomkövetés szerint kézbesítve, de nem kaptam meg", [], "complaint", "hu"),
    ("status doręczona, ale paczkomat pusty", [], "complaint", "pl"),
    ("За трекінгом доставлено, але посилки немає", [], "complaint", "uk"),
]:
    c(m, False, it, "delivery-problems", mm, l=l)

# ---------------------------------------------------------------- warranty
for m, mm, l in [
    ("how do i get 3 years on voltrex", ["voltrex-tools.eu/register"], "en"),
    ("bought a voltrex grinder 2 months ago, can I still register it for the 3rd year?", ["30 days"], "en"),
    ("does the 3 year thing cover the batteries too", ["not extended"], "en"),
    ("my drill stopped working after 8 months, what do I do", ["majsterbox.sk/reklamacia"], "en"),
    ("are the carbon brushes covered under warranty", ["carbon brushes"], "en"),
    ("I'm a carpenter and use my tools every day, is that still covered", ["Trade use is covered"], "en"),
    ("kde zaregistrujem Voltrex na 3 roky?", ["voltrex-tools.eu/register"], "sk"),
    ("brúska prestala fungovať, je to v záruke? kúpená v lete", ["majsterbox.sk/reklamacia"], "sk"),
    ("a fűrész nem indul, garanciális? fél éve vettem", ["majsterbox.sk/reklamacia"], "hu"),
    ("jak zgłosić reklamację wiertarki?", ["majsterbox.sk/reklamacia"], "pl"),
]:
    c(m, False, "return_refund", "warranty", mm, l=l)

# -------------------------------------------------- repairs and sharpening
for m, mm, it, l in [
    ("can you repair a drill that's out of warranty", ["€15"], "return_refund", "en"),
    ("what if i don't want the repair after the quote", ["€9.90"], "return_refund", "en"),
    ("do you repair makita tools?", ["brands we do not sell"], "return_refund", "en"),
    ("how much to sharpen a chainsaw chain", ["€6"], "product_info", "en"),
    ("koľko stojí diagnostika pokazenej brúsky?", ["15"], "return_refund", "sk"),
    ("Wie lange dauert eine Reparatur bei euch?", ["10–15"], "return_refund", "de"),
    ("Скільки коштує заточити ланцюг для пили?", ["6"], "product_info", "uk"),
]:
    c(m, False, it, "tool-repairs", mm, l=l)

# -------------------------------------------------------- batteries, chargers
for m, mm, l in [
    ("what does body only mean", ["without battery and charger"], "en"),
    ("will my voltrex batteries work in a drevex drill", ["20V"], "en"),
    ("is there an adapter so I can use voltrex batteries on my old bosch", ["adapters"], "en"),
    ("my charger light keeps blinking and wont charge, it's in the garage", ["5 °C"], "en"),
    ("one of my batteries is swollen, can i post it back?", ["Do not post it"], "en"),
    ("ako dlho sa nabíja 5.0 Ah batéria?", ["60"], "sk"),
    ("czy mogę ładować akumulator w nieogrzewanym garażu zimą?", ["5"], "pl"),
    ("Акумулятор роздувся, що робити?", [], "uk"),
]:
    c(m, False, "product_info", "batteries", mm, l=l)

# ------------------------------------------------------------------ tool hire
for m, mm, l in [
    ("can I reserve a floor sander for next saturday", ["majsterbox.sk/pozicovna"], "en"),
    ("what do I need to bring to hire a demolition hammer", ["deposit"], "en"),
    ("can you ship me a rented tile cutter to nitra?", ["we do not send them by parcel"], "en"),
    ("when do I get my card deposit back after returning the mixer", ["7 working days"], "en"),
    ("what happens if i bring the machine back a day late", ["€10"], "en"),
    ("what's the weekend rate, when do I have to bring it back", ["Monday 9:00"], "en"),
    ("im 17, can i rent a pressure washer", ["18 or over"], "en"),
    ("can I take a hired compactor to my cottage in hungary", ["Hungary"], "en"),
    ("do you photocopy my ID when I rent something?", ["write down"], "en"),
    ("ako dlho mi podržíte rezerváciu stroja ráno?", ["10:00"], "sk"),
    ("Kann ich eine Rüttelplatte nach Österreich mitnehmen?", [], "de"),
    ("Що потрібно, щоб взяти в оренду перфоратор? У мене український паспорт", [], "uk"),
    ("Коли повертається застава, якщо платив карткою?", ["7"], "uk"),
]:
    c(m, False, "product_info", "tool-hire", mm, l=l)

# -------------------------------------------------------- hire price list
for m, mm, l in [
    ("how much to rent a floor sander for a day", ["€45"], "en"),
    ("demolition hammer hire price and deposit?", ["€200"], "en"),
    ("trailer rental for the weekend, how much", ["€38"], "en"),
    ("do I need a special licence for your trailer", ["BE licence"], "en"),
    ("how much is sanding paper for the big sander", ["€3.50"], "en"),
    ("koľko stojí požičanie miešačky na deň?", ["22"], "sk"),
    ("kolik stojí půjčení řezačky na dlažbu?", ["25"], "cs"),
    ("Was kostet der Vertikutierer am Wochenende?", ["42"], "de"),
    ("Скільки коштує оренда відбійного молотка на день?", ["29"], "uk"),
]:
    c(m, False, "product_info", "hire-prices", mm, l=l)

# ---------------------------------------------------------------- paint mixing
for m, mm, l in [
    ("can you mix paint to a RAL code", ["RAL Classic"], "en"),
    ("I have a chip of the old kitchen colour, can you match it", ["2 × 2 cm"], "en"),
    ("can you match a colour from a photo on my phone", ["cannot match a colour from a photo"], "en"),
    ("why is my deep red 2 euro more per litre", ["€2 more per litre"], "en"),
    ("will two cans mixed on different days be exactly the same?", ["one bucket"], "en"),
    ("the paint you mixed doesn't look like the code on my receipt", [FARBY], "en"),
    ("I ordered NCS S 1005-Y20R online, when does it ship?", ["next working day"], "en"),
    ("viete namiešať farbu podľa vzorky z tapety?", ["2 × 2"], "sk"),
    ("koľko stojí tester farby?", ["4", "90"], "sk"),
    ("namícháte barvu podle RAL 7016?", ["7016"], "cs"),
    ("ile trwa mieszanie farby w sklepie?", ["5–10"], "pl"),
]:
    c(m, False, "product_info", "paint-mixing", mm, l=l)
for m, mm, l in [
    ("can I return mixed paint if I don't like the colour on the wall?", ["cannot be returned or cancelled"], "en"),
    ("ordered 3 cans mixed, only need 2, can one go back?", ["made for you"], "en"),
    ("můžu vrátit namíchanou barvu, kterou jsem neotevřel?", [], "cs"),
    ("czy można zwrócić farbę mieszaną na kolor?", [], "pl"),
]:
    c(m, False, "return_refund", "paint-mixing", mm, l=l)

# ---------------------------------------------------------------- key cutting
for m, mm, it, l in [
    ("how much to copy a house key", ["€3.50"], "product_info", "en"),
    ("can you copy a car key with a chip", ["do not cut car keys with a chip"], "product_info", "en"),
    ("i have a security key with a card, can you copy it", ["security card"], "product_info", "en"),
    ("the key you cut yesterday doesn't turn in the lock", ["30 days"], "return_refund", "en"),
    ("koľko stojí kópia kľúča od schránky?", ["3", "50"], "product_info", "sk"),
    ("kolik stojí kopie bezpečnostního klíče?", ["8", "90"], "product_info", "cs"),
    ("Der nachgemachte Schlüssel sperrt nicht, was tun?", ["30"], "return_refund", "de"),
    ("Скільки коштує зробити дублікат ключа від квартири?", ["3", "50"], "product_info", "uk"),
]:
    c(m, False, it, "key-cutting", mm, l=l)

# ---------------------------------------------------------- cutting to size
for m, mm, l in [
    ("do you cut plywood to size", ["10 cuts free"], "en"),
    ("can you cut a circle out of MDF for a table top", ["do not cut curves"], "en"),
    ("how precise are your cuts", ["±1 mm"], "en"),
    ("nařežete mi OSB desky na míru? kolik to stojí?", ["10"], "cs"),
]:
    c(m, False, "product_info", "cutting-service", mm, l=l)
c("czy mogę zwrócić płytę przyciętą na wymiar?", False, "return_refund", "cutting-service", l="pl")

# -------------------------------------------------------------------- ladders
for m, mm, l in [
    ("what ladder do i need to paint a 2.6 m ceiling", ["4 steps"], "en"),
    ("I weigh 120 kg, will your ladders hold me plus a bucket", ["150 kg"], "en"),
    ("need to clean gutters on a bungalow, which ladder", ["3×9"], "en"),
    ("jaký žebřík na strop 3 metry?", ["6"], "cs"),
    ("czy drabina teleskopowa przyjdzie paczką?", ["120"], "pl"),
]:
    c(m, False, "product_info", "ladders", mm, l=l)

# ------------------------------------------------------- screws and fixings
for m, mm, l in [
    ("what plugs for hanging a 20 kg mirror on plasterboard", ["metal cavity anchor"], "en"),
    ("what drill bit for 8mm plugs", ["8 mm bit"], "en"),
    ("how do I fix kitchen wall cabinets to hollow brick", ["chemical anchor"], "en"),
    ("can I buy just 30 screws instead of a whole box", ["by weight"], "en"),
    ("koľko stoja skrutky na váhu?", ["11", "90"], "sk"),
    ("milyen tipli kell betonfalba egy tévéhez?", [], "hu"),
    ("Welche Dübel für Porotherm-Ziegel?", ["10"], "de"),
    ("jakie kołki do płyty gipsowej na szafkę 15 kg?", ["25"], "pl"),
]:
    c(m, False, "product_info", "screws-fixings", mm, l=l)

# ------------------------------------------------------- choosing power tools
for m, mm, l in [
    ("drill driver or combi drill for putting up shelves in a brick house", ["Combi drill"], "en"),
    ("i need to drill 12mm holes in concrete ceiling, which tool", ["SDS-plus"], "en"),
    ("125 or 230 grinder for cutting paving stones", ["230 mm"], "en"),
    ("jigsaw or circular saw for cutting a sink hole in a worktop", ["Jigsaw"], "en"),
    ("jakou úhlovou brusku na řezání dlažby?", ["230"], "cs"),
    ("melyik fúrógép kell bútorszereléshez?", ["40"], "hu"),
    ("jaka wiertarka do betonu, wiercę otwory 10 mm?", ["26"], "pl"),
]:
    c(m, False, "product_info", "power-tool-guide", mm, l=l)

# --------------------------------------------------------------- workwear
for m, mm, l in [
    ("what size jacket if my chest is 108 cm", ["104–112"], "en"),
    ("whats the difference between S1P and S3", ["Water-resistant upper"], "en"),
    ("do your safety boots have steel toe caps? I work near metal detectors", ["composite toe cap"], "en"),
    ("can you print our company logo on 15 jackets", ["€4.50"], "en"),
    ("aká veľkosť nohavíc pri páse 95 cm?", ["54–56"], "sk"),
    ("Ab wie vielen Stück druckt ihr ein Logo?", ["10"], "de"),
    ("Який розмір штанів при обхваті талії 88 см?", ["50–52"], "uk"),
]:
    c(m, False, "product_info", "workwear", mm, l=l)

# ------------------------------------------------------ garden and machines
for m, mm, l in [
    ("whats the fuel mix for the drevex chainsaw", ["1:50"], "en"),
    ("battery mower good for 500 m2?", ["600 m²"], "en"),
    ("do you service lawnmowers in winter, price?", ["€39"], "en"),
    ("does the mower come assembled?", ["10 minutes"], "en"),
    ("koľko stojí zimný servis kosačky?", ["39"], "sk"),
    ("kolik oleje do benzínu na 5 litrů?", ["20"], "cs"),
    ("jaki olej do kosiarki czterosuwowej?", ["30"], "pl"),
]:
    c(m, False, "product_info", "garden-tools", mm, l=l)

# -------------------------------------------------------- PRO trade account
for m, mm, l in [
    ("do you have trade prices for electricians", ["5%"], "en"),
    ("how do I open a PRO account, I'm a self-employed tiler", ["majsterbox.sk/pro"], "en"),
    ("can we pay by invoice as a company", ["14 days after delivery"], "en"),
    ("máte slevy pro živnostníky z Česka?", ["5"], "cs"),
    ("czy firma z Polski może założyć konto PRO?", [], "pl"),
]:
    c(m, False, "account", "trade-accounts", mm, l=l)

# ------------------------------------------------------------------ invoices
for m, mm, l in [
    ("where can i download my invoice", ["My account → My orders → Invoice"], "en"),
    ("forgot to put my company IČO on the order from last week, can you add it", ["15 days"], "en"),
    ("we're a czech s.r.o. with a VAT number, do we pay slovak VAT?", ["reverse charge"], "en"),
    ("I bought in the store, can I still get an invoice for my company?", ["within 15 days"], "en"),
    ("potřebuji fakturu na firmu s DIČ, jde to i zpětně?", ["15"], "cs"),
    ("potrzebuję faktury VAT na firmę z NIP", [], "pl"),
]:
    c(m, False, "payment", "invoices", mm, l=l)

# ---------------------------------------------------------------- gift cards
for m, mm, l in [
    ("how long is a gift card valid", ["2 years"], "en"),
    ("can i use a gift card to pay for renting a sander", ["tool hire"], "en"),
    ("how do I check my gift card balance", ["majsterbox.sk/darcekova-karta"], "en"),
    ("lost my plastic gift card, can you block it", ["Register your card"], "en"),
    ("dá se dárková karta vyměnit za peníze?", [], "cs"),
    ("czy kartę podarunkową można wykorzystać w sklepie stacjonarnym?", [], "pl"),
    ("Скільки діє подарункова карта?", ["2"], "uk"),
]:
    c(m, False, "payment", "gift-cards", mm, l=l)

# -------------------------------------------------------------- discount codes
for m, mm, l in [
    ("can I use VITAJ10 in the store", ["cannot be used in the store"], "en"),
    ("vitaj10 says minimum not reached but i have 48 euros in the basket", ["€50"], "en"),
    ("forgot my code, can you add it to the order now", ["cannot be added"], "en"),
    ("does the newsletter code work on tool hire?", ["tool hire"], "en"),
    ("platí slevový kód i na zboží s cenovkou Top price?", [], "cs"),
    ("kod rabatowy nie działa, pisze że wygasł", [], "pl"),
    ("Де ввести промокод?", [], "uk"),
]:
    c(m, False, "payment", "discount-codes", mm, l=l)

# ---------------------------------------------------------- price match, policy
for m, mm, l in [
    ("do you price match", ["same model number"], "en"),
    ("found the voltrex kit cheaper on allegro, will you match it", ["marketplaces"], "en"),
    ("I bought a grinder last week and now it's cheaper at another slovak shop, what can I do", ["14 days"], "en"),
    ("máte garanciu najnižšej ceny?", [MAIL], "sk"),
    ("když najdu nářadí levněji, dorovnáte cenu?", ["14"], "cs"),
    ("Чи знижуєте ціну, якщо знайшов дешевше в іншому магазині?", [], "uk"),
]:
    c(m, False, "payment", "price-match", mm, l=l)

# ------------------------------------------------------------------- payment
for m, mm, l in [
    ("what payment methods do u accept", ["PayPal"], "en"),
    ("can I pay cash on delivery in hungary", ["Slovakia and Czechia"], "en"),
    ("can i pay the concrete mixer in instalments", ["Home Credit"], "en"),
    ("i see 2 payments for one order on my card, one says pending", ["reservation"], "en"),
    ("why did the price change when I picked austria", ["VAT of your country"], "en"),
    ("dá sa platiť na dobierku a koľko to stojí?", ["1", "50"], "sk"),
    ("môžem zaplatiť na splátky? objednávka je 180 eur", ["100"], "sk"),
    ("lehet forintban fizetni?", [], "hu"),
    ("czy jest płatność przy odbiorze do Polski?", [], "pl"),
    ("Чи можна оплатити карткою в гривнях?", [], "uk"),
]:
    c(m, False, "payment", "payment", mm, l=l)

# ------------------------------------------------------------------- account
for m, mm, l in [
    ("forgot my pasword", ["Forgot password?"], "en"),
    ("reset link says expired", ["60 minutes"], "en"),
    ("account locked after too many tries", ["15 minutes"], "en"),
    ("I ordered as a guest before, will those orders show if I register?", ["same e-mail address"], "en"),
    ("zapomněla jsem heslo do účtu", ["60"], "cs"),
    ("Passwort vergessen, was tun?", ["60"], "de"),
    ("Забув пароль, що робити?", ["60"], "uk"),
]:
    c(m, False, "account", "account", mm, l=l)

# ------------------------------------------------------------------- privacy
for m, mm, l in [
    ("how do I delete my account", ["Delete account"], "en"),
    ("how long do you keep my ID details after I hire a machine", ["3 years"], "en"),
    ("do you keep a scan of my ID card", ["do not photocopy or scan"], "en"),
    ("ako zmažem účet?", ["30"], "sk"),
    ("jak dlouho uchováváte faktury po smazání účtu?", ["10"], "cs"),
    ("Як видалити мій акаунт і дані?", [GDPR], "uk"),
]:
    c(m, False, "account", "privacy", mm, l=l)

# ------------------------------------------------- products (data answers)
for m, mm, l in [
    ("how much is the voltrex DD 18 kit", ["129"], "en"),
    ("is the CS 190 circular saw in stock?", [], "en"),
    ("torque of the CD 18 BL?", ["65 Nm"], "en"),
    ("does the AG 125 come with a battery", ["body only"], "en"),
    ("price of a 4.0 Ah battery", ["69"], "en"),
    ("how wide can the MS 254 cut with the slide", ["305 mm"], "en"),
    ("how many m2 does the 10 l white paint cover", ["70 m²"], "en"),
    ("what sizes do the S3 boots come in", ["38–47"], "en"),
    ("koľko stojí kombinovaný rebrík 3×9?", ["179"], "sk"),
    ("kolik stojí sada šroubováků 12 ks?", ["24", "9"], "cs"),
    ("mennyibe kerül a 4.0 Ah akkumulátor?", ["69"], "hu"),
    ("Was kostet der Winkelschleifer AG 230?", ["119"], "de"),
    ("ile kosztuje kosiarka LM 46?", ["329"], "pl"),
    ("Скільки коштує бензопила Drevex CS 45?", ["259"], "uk"),
]:
    c(m, False, "product_info", None, mm, l=l)

# ------------------------------------------------------- order status (data)
for m, mm, mnm, l, cu in [
    ("where is my order MB-SK-2512-0457?", ["shipped", "SPS70412887301"], [], "en", "u28001"),
    ("kde je moja objednávka 25120457?", ["SPS70412887301"], [], "sk", "u28001"),
    ("kde je moje objednávka mb-cz-2512-0463?", ["40871233590"], [], "cs", "u28002"),
    ("tracking for 2512-0463 pls", ["40871233590"], [], "en", "u28002"),
    ("has MB-HU-2512-0471 shipped yet?", ["paid"], ["delivered"], "en", "u28003"),
    ("Wo ist meine Bestellung MB-AT-2512-0480?", ["1047839120458801"], [], "de", "u28004"),
    ("gdzie jest moje zamówienie 25120488?", ["620187345512098734551209"], [], "pl", "u28005"),
    ("did the jigsaw + charger order from october get delivered? can't remember", ["delivered"], [], "en", "u28005"),
    ("tracking for my ladder MB SK 2512 0515", ["RBN4418207"], [], "en", "u28008"),
    ("kde je môj rebrík? mb-sk-2512-0515", ["RBN4418207"], [], "sk", "u28008"),
    ("is 2511-0377 really cancelled? want to be sure i won't be charged", ["cancelled"], [], "en", "u28010"),
    ("megérkezett a MB-HU-2511-0402 rendelésem? a mellények", ["69120455731"], [], "hu", "u28013"),
    ("Ist meine Bestellung 25110355 schon zugestellt?", ["1047839117733409"], [], "de", "u28014"),
    ("dlaczego zamówienie MB-PL-2512-0530 ma status oczekujący?", [], [], "pl", "u28015"),
    ("did the e-gift card from order 2512-0548 get sent?", ["delivered"], [], "en", "u28018"),
    ("hol tart a talicskám? MB-HU-2512-0556", ["RBN4418655"], [], "hu", "u28020"),
    ("kedy príde môj tester farieb? #25120584", ["Z4718901133"], [], "sk", "u28027"),
    ("numer przesyłki dla zamówienia mb pl 2512 0591?", ["13812004578832"], [], "pl", "u28029"),
    ("was my van delivery MB-SK-2512-0596 done? my wife says the mixer is in the garage", ["delivered"], [], "en", "u28031"),
    ("kde jsou moje boty? objednávka 2512-0599", ["Z4718905526"], [], "cs", "u28032"),
    ("has my facade paint MB-SK-2512-0603 been sent yet?", ["paid"], [], "en", "u28033"),
    ("czy zamówienie 25120610 dotarło do paczkomatu?", ["620187345599001827364455"], [], "pl", "u28036"),
    ("Де моє замовлення MB-SK-2512-0614?", ["Z4718912284"], [], "uk", "u28037"),
    ("order mb-at-2512-0618 says pending, did the payment not go through?", ["pending"], [], "en", "u28039"),
    ("Де моя посилка? Номер замовлення 2512-0635", ["69120471190"], [], "uk", "u28043"),
    ("mitre saw order 25120639 where is it", ["SPS70412448820"], [], "en", "u28044"),
    ("order from september 2509-0031, the trimmer, was it delivered? need it for a warranty claim", ["delivered"], [], "en", "u28046"),
    ("Wann kommt meine Schubkarre? MB-AT-2512-0646", ["RBN4418771"], [], "de", "u28047"),
    ("Чи надіслали подарункову карту за замовленням 25120650?", ["100"], [], "uk", "u28048"),
    ("where's my drill? ordered it with a box of screws", ["SPS70412887301"], [], "en", "u28001"),
    ("and what about 2512-0458? I think I ordered twice", [], [], "en", "u28001"),
]:
    c(m, False, "order_status", None, mm, mnm, l=l, cu=cu)
# orders whose timing or state a page explains
c("why is my order MB-SK-2512-0490 still pending? I sent the bank transfer yesterday", False, "order_status", "payment", ["1 working day"], cu="u28006")
c("objednávka 2512 0490 stále čaká na platbu, dokedy musím zaplatiť?", False, "order_status", "payment", ["5"], l="sk", cu="u28006")
c("when will my concrete mixer MB-SK-2512-0502 arrive?", False, "order_status", "freight-delivery", ["2–4 working days"], cu="u28007")
c("kedy príde miešačka z objednávky 2512-0502? zavolajú mi vopred?", False, "order_status", "freight-delivery", ["2–4"], l="sk", cu="u28007")
c("is my click and collect order 25120607 ready yet?", False, "order_status", "click-collect", ["pickup code"], cu="u28012")
c("je už pripravená moja objednávka na odber MB-SK-2512-0607? dokedy ju tam necháte?", False, "order_status", "click-collect", ["7"], l="sk", cu="u28012")
c("the raben guys haven't called about MB-HU-2512-0556 yet, when do they call?", False, "order_status", "freight-delivery", ["1 working day"], cu="u28020")
c("kdy odejde objednávka 25120579?", False, "order_status", "shipping", ["13:00"], l="cs", cu="u28025")
c("my tester pots MB-SK-2512-0584 go to a packeta point, how long will they wait there?", False, "order_status", "shipping", ["7 days"], cu="u28027")
c("kedy odíde moja objednávka MB-SK-2512-0627?", False, "order_status", "shipping", ["13:00"], l="sk", cu="u28041")
c("packeta says MB-SK-2512-0533 was delivered to the z-box but I never got a code", False, "complaint", "delivery-problems", ["next working day"], cu="u28016")
# someone else's order / no such order / no number at all
for m, mnm, l in [
    ("where is order MB-SK-2512-0457?", ["SPS70412887301"], "en"),
    ("gdzie jest zamówienie 25120488?", ["620187345512098734551209"], "pl"),
    ("Де замовлення MB-SK-2512-0639?", ["SPS70412448820"], "uk"),
    ("what's in order MB-SK-2512-0490? my husband ordered it and won't tell me", ["74.7"], "en"),
    ("where is MB-SK-2512-0999", [], "en"),
    ("kde je objednávka 25110777?", [], "sk"),
    ("objednávka MB-CZ-2512-0700 ještě nepřišla", [], "cs"),
    ("where's my order?", [], "en"),
    ("hol a rendelésem? a tegnapi", [], "hu"),
]:
    c(m, False, "order_status", None, [], mnm, l=l)

# ---- numbers that are not order numbers (models, sizes, codes, postcodes)
for m, it, art, mm, l in [
    ("are 125 × 1.0 mm discs rated 12,200 rpm ok on the AG 125?", "product_info", None, ["8,500"], "en"),
    ("I need 2500 screws 4.0 × 40 mm, what does a box cost", "product_info", None, ["12.9"], "en"),
    ("shipping a 2.5 m ladder to 821 04 bratislava, parcel or freight?", "shipping", "shipping", ["120 cm"], "en"),
    ("is the 26 kg LM 46 mower ok as a parcel?", "shipping", "shipping", ["30 kg"], "en"),
    ("RAL 7016 enamel, how much is the 0.75 l tin", "product_info", None, ["16.9"], "en"),
    ("3×9 ladder, I'm 95 kg plus 20 kg of tools, ok?", "product_info", "ladders", ["150 kg"], "en"),
    ("postcode 82104, can you bring stuff by van today?", "shipping", "freight-delivery", ["€19"], "en"),
    ("my repair number is R-58213, is my drill done?", "return_refund", "tool-repairs", [SERVIS], "en"),
    ("stačí 18V 2.0 Ah batéria na brúsku AG 125?", "product_info", "batteries", ["4.0"], "sk"),
    ("a 230-as flex hány mm-t vág mélyen?", "product_info", None, ["65"], "hu"),
    ("Was kostet der BH 1500 mit 15 kg am Wochenende?", "product_info", "hire-prices", ["44"], "de"),
    ("mam sufit 2512 mm wysoki, jaka drabina?", "product_info", "ladders", ["4"], "pl"),
    ("Скільки коштує фасадна фарба 10 л у кольорі RAL 9010?", "product_info", None, ["79"], "uk"),
]:
    c(m, False, it, art, mm, l=l)

# ============================================================ hand-overs
# --------------------------------------------- explicit asks for a person
for m, l in [
    ("can I talk to a real person", "en"),
    ("transfer me pls", "en"),
    ("is there a real person there?", "en"),
    ("operator", "en"),
    ("can someone call me back? 0905 318 226", "en"),
    ("I want to speak to your manager", "en"),
    ("could I speak to Marek from the hire counter? he helped me last time", "en"),
    ("I'd prefer to discuss this with someone from the repair desk, not a bot", "en"),
    ("get me someone from the paint department please", "en"),
    ("Would it be possible for a member of staff to contact me regarding a purchase? Many thanks.", "en"),
    ("chcem hovoriť s vedúcim predajne", "sk"),
    ("zavolajte mi prosím späť, 0908 774 120", "sk"),
    ("môžem hovoriť s pánom Kováčom z požičovne?", "sk"),
    ("můžu mluvit s operátorem?", "cs"),
    ("zavolá mi někdo zpátky? 731 445 902", "cs"),
    ("beszélhetnék egy munkatárssal?", "hu"),
    ("kérem, hívjon vissza valaki", "hu"),
    ("élő ügyintézőt szeretnék", "hu"),
    ("Kann ich bitte mit einem Mitarbeiter sprechen?", "de"),
    ("Ich hätte gern einen Rückruf, 0664 318 2207", "de"),
    ("czy mogę porozmawiać z konsultantem?", "pl"),
    ("czy ktoś może do mnie oddzwonić?", "pl"),
    ("chcę rozmawiać z kierownikiem", "pl"),
    ("Можна поговорити з живою людиною?", "uk"),
    ("Передзвоніть мені, будь ласка, +421 944 210 377", "uk"),
    ("Хочу поговорити з менеджером", "uk"),
]:
    c(m, True, "human_request", None, l=l)

# ------------------------------------------ press, suppliers, partnerships
for m, l in [
    ("I'm a reporter from SME writing about DIY prices, could someone from management contact me?", "en"),
    ("We make wooden garden furniture in Žilina and would like to become a supplier, who can I talk to?", "en"),
    ("sme stavebná firma s 40 ľuďmi, chceli by sme sa rozprávať o rámcovej zmluve, kto sa mi ozve?", "sk"),
    ("jsme výrobce barev z Ostravy a rádi bychom s vámi mluvili o spolupráci", "cs"),
    ("Wir sind ein Werkzeughersteller aus Linz und möchten mit Ihrem Einkauf sprechen", "de"),
    ("jestem youtuberem od majsterkowania, chciałbym porozmawiać o współpracy", "pl"),
]:
    c(m, True, "human_request", "contact", l=l)

# -------------------------------------------- cancel or change an order
for m, it, art, l, cu in [
    ("please cancel my order MB-HU-2512-0471", "order_status", "order-changes", "en", "u28003"),
    ("kérem, töröljék a 2512-0471 rendelést, máshol vettem meg", "order_status", "order-changes", "hu", "u28003"),
    ("can you add a second 4.0 Ah battery to MB-SK-2512-0627 before it goes?", "order_status", "order-changes", "en", "u28041"),
    ("pridajte mi prosím k objednávke 25120627 ešte rýchlonabíjačku", "order_status", "order-changes", "sk", "u28041"),
    ("please cancel the facade paint MB-SK-2512-0603, I picked the wrong shade", "order_status", "order-changes", "en", "u28033"),
    ("zrušte mi prosím tú farbu, objednávka MB SK 2512 0603, ešte ju snáď nemiešate", "order_status", "order-changes", "sk", "u28033"),
    ("change the delivery address on MB-CZ-2512-0579 to my workshop in Zlín please", "order_status", "order-changes", "en", "u28025"),
    ("can you switch MB-SK-2512-0502 to van delivery instead of freight? I live in Petržalka", "order_status", "order-changes", "en", "u28007"),
    ("Bitte stornieren Sie MB-AT-2512-0562, ich habe die Jacke im Geschäft gekauft", "order_status", "order-changes", "de", "u28021"),
    ("Bitte MB-AT-2512-0618 an meine Firmenadresse in Graz schicken statt nach Hause", "order_status", "order-changes", "de", "u28039"),
    ("proszę anulować zamówienie MB-PL-2512-0530", "order_status", "order-changes", "pl", "u28015"),
    ("czy możecie zmienić paczkomat w zamówieniu 25120530? jestem teraz w Katowicach", "order_status", "order-changes", "pl", "u28015"),
    ("please change MB-CZ-2512-0642 to click and collect, I'll be in Bratislava on Friday", "order_status", "order-changes", "en", "u28045"),
    ("Скасуйте, будь ласка, замовлення MB-HU-2512-0588", "order_status", "order-changes", "uk", "u28028"),
    ("my Click & Collect order 25120607, can you add a TX20 bit set to it", "order_status", "order-changes", "en", "u28012"),
    ("the parcel MB-SK-2512-0457 came back to you I think, please send it again", "order_status", "delivery-problems", "en", "u28001"),
    ("pošlite mi prosím balík znova, vrátil sa vám, nestihol som ho vyzdvihnúť", "order_status", "delivery-problems", "sk", None),
    ("I got size 42 boots in MB-CZ-2512-0599 but need 43, can you swap them in the order?", "return_refund", "returns", "en", "u28032"),
    ("wymieńcie mi proszę w zamówieniu 25120610 kołki 8 mm na 6 mm", "return_refund", "returns", "pl", "u28036"),
    ("I want my money back for the jigsaw from MB-PL-2510-0095, just refund it please", "return_refund", "returns", "en", "u28005"),
    ("vráťte mi peniaze za pílu z objednávky MB-SK-2512-0639, nechcem ju", "return_refund", "returns", "sk", "u28044"),
    ("the circular saw I bought on MB-CZ-2511-0318 is 20 euros cheaper at another shop now, please refund the difference, here's the link: naradi-eshop.cz/voltrex-cs-190", "payment", "price-match", "en", "u28038"),
    ("vráťte mi prosím rozdiel v cene za vŕtačku z 2512-0622, v inom obchode je o 15 € lacnejšia", "payment", "price-match", "sk", "u28040"),
]:
    c(m, True, it, art, l=l, cu=cu)

# --------------------------------------------- things only staff can do
E = []  # (message, intent, article, lang, customer)
E += [  # charged twice / a charge nobody ordered
    ("you charged me twice for MB-CZ-2512-0541, 299 euros two times, both booked for over a week now", "payment", "payment", "en", "u28017"),
    ("za objednávku 25120541 mi z karty odešlo 2× 299 €, obě platby jsou zaúčtované", "payment", "payment", "cs", "u28017"),
    ("kétszer terheltétek meg a kártyámat ugyanazért a rendelésért, mindkettő le van könyvelve", "payment", "payment", "hu", None),
    ("pobraliście dwa razy pieniądze za jedno zamówienie, obie płatności są zaksięgowane od tygodnia", "payment", "payment", "pl", None),
    ("З картки двічі списали гроші за одне замовлення, обидва платежі вже проведені", "payment", "payment", "uk", None),
    ("there's a payment to MAJSTER BOX on my statement and I've never bought anything from you", "payment", None, "en", None),
]
E += [  # charged after cancelling
    ("I cancelled MB-SK-2512-0560 on the 5th and the 119 euros are still gone from my account, it's not a reservation", "payment", "order-changes", "en", "u28023"),
    ("objednávku som zrušil a aj tak mi strhli 119 €, nie je to blokácia, je to zaúčtované", "payment", "order-changes", "sk", "u28023"),
    ("anulowałem zamówienie MB-PL-2512-0631, a pieniądze nadal nie wróciły, minęło 9 dni roboczych", "payment", "order-changes", "pl", "u28042"),
    ("Я скасував замовлення, але гроші все одно списали і не повернули", "payment", "order-changes", "uk", None),
]
E += [  # refund missing for weeks
    ("returned 2 softshell jackets in november, the order says refunded and I still have nothing", "return_refund", "returns", "en", "u28019"),
    ("vrátenie peňazí za MB-SK-2511-0296 stále nemám, už sú to 3 týždne", "return_refund", "returns", "sk", "u28019"),
    ("a visszaküldött bakancs árát még mindig nem kaptam meg, MB-HU-2511-0415", "return_refund", "returns", "hu", "u28035"),
    ("peníze za vrácenou pokosovou pilu MB-CZ-2511-0390 pořád nemám, je to přes 3 týdny", "return_refund", "returns", "cs", "u28009"),
    ("Ich warte seit vier Wochen auf meine Erstattung für die Rücksendung", "return_refund", "returns", "de", None),
]
E += [  # credit or gift card vanished / never arrived after the resend
    ("bought a €50 e-gift card, MB-SK-2512-0548, for my dad, resent it twice from My orders, he still hasn't got it, not in spam", "payment", "gift-cards", "en", "u28018"),
    ("Подарункову карту на 100 € так і не отримали, я двічі надсилав її повторно", "payment", "gift-cards", "uk", "u28048"),
]
E += [  # the payment provider says something else
    ("PayPal says the payment went through but your site says my order is unpaid and pending", "payment", "payment", "en", None),
    ("banka tvrdí, že platba za 2512-0490 odišla pred 4 dňami, ale u vás je objednávka stále nezaplatená", "payment", "payment", "sk", "u28006"),
    ("Home Credit mi schválil splátky, ale objednávka je zrušená a splátky běží dál", "payment", "payment", "cs", None),
]
E += [  # hire deposit and hire charges
    ("returned the floor sander 2 weeks ago and the 300 euro deposit is still blocked on my card", "payment", "tool-hire", "en", None),
    ("you took a 40 euro cleaning fee for the mixer but I cleaned it properly, I have photos", "payment", "tool-hire", "en", None),
    ("strhli ste mi zo zálohy 80 eur za poškodenie kladiva, ale bolo poškodené už keď som si ho požičal", "payment", "tool-hire", "sk", None),
    ("záloha za půjčenou řezačku mi ani po 10 pracovních dnech nepřišla zpátky", "payment", "tool-hire", "cs", None),
    ("késedelmi díjat számoltatok fel, pedig előre telefonáltam, hogy később hozom vissza", "payment", "tool-hire", "hu", None),
    ("Заставу за оренду не повернули вже два тижні", "payment", "tool-hire", "uk", None),
]
E += [  # repairs that failed again, warranty claims left unanswered
    ("the mower from MB-SK-2510-0088 was repaired under warranty in november and it has the same fault again", "return_refund", "warranty", "en", "u28034"),
    ("kosačka bola v záručnej oprave a znovu nejde, rovnaká chyba", "return_refund", "warranty", "sk", "u28034"),
    ("I sent my grinder in for a warranty claim 5 weeks ago and nobody has told me anything", "return_refund", "warranty", "en", None),
    ("Die Bohrmaschine aus 25110355 war schon in Reparatur und ist wieder kaputt", "return_refund", "warranty", "de", "u28014"),
    ("podkaszarka z zamówienia MB-PL-2511-0341 po naprawie gwarancyjnej znowu nie działa", "return_refund", "warranty", "pl", "u28022"),
    ("a garanciális javításról 6 hete nem kaptam semmilyen választ", "return_refund", "warranty", "hu", None),
    ("Дриль ремонтували по гарантії, а тепер та сама поломка", "return_refund", "warranty", "uk", None),
]
E += [  # a remix still wrong, a replacement damaged again
    ("you remixed my paint from MB-SK-2512-0521 because the colour was off and the new cans are still wrong", "return_refund", "paint-mixing", "en", "u28011"),
    ("farbu ste mi už raz premiešali a zase nesedí s kódom NCS", "return_refund", "paint-mixing", "sk", None),
    ("the replacement spirit level you sent arrived bent again, second time now", "complaint", "damaged-parcels", "en", None),
]
E += [  # delivered, not received, already looked
    ("packeta says MB-SK-2512-0533 was delivered on the 11th. I've checked the z-box, asked the neighbours and the packeta point, nothing for 6 days", "complaint", "delivery-problems", "en", "u28016"),
    ("podľa Packety doručené, obehal som susedov aj výdajné miesto, nič nemám už týždeň", "complaint", "delivery-problems", "sk", "u28016"),
    ("paczka rzekomo doręczona, sprawdziłem paczkomat i pytałem sąsiadów, nic od 5 dni", "complaint", "delivery-problems", "pl", None),
    ("a csomag kézbesítettként szerepel, a szomszédokat és a csomagpontot is megkérdeztem, semmi", "complaint", "delivery-problems", "hu", None),
    ("Посилка нібито доставлена, я перевірив скриньку і спитав сусідів, нічого вже тиждень", "complaint", "delivery-problems", "uk", None),
]
E += [  # invoice still wrong, order not placed, someone else's data, deletion, locked out
    ("second time asking: the invoice still has no IČ DPH on it and my accountant needs it this week", "payment", "invoices", "en", None),
    ("there's an order MB-SK-2512-0575 in my account that I didn't place, a step ladder and ear defenders?", "account", None, "en", "u28024"),
    ("v mojom účte je objednávka 25120575, ktorú som nerobil", "account", None, "sk", "u28024"),
    ("na moim koncie jest zamówienie, którego nie składałem", "account", None, "pl", None),
    ("У моєму акаунті є замовлення, яке я не робив", "account", None, "uk", None),
    ("I logged in and there's somebody else's address and invoice in my account", "account", "privacy", "en", None),
    ("požiadal som o vymazanie údajov pred dvoma mesiacmi a stále mi chodia maily", "account", "privacy", "sk", None),
    ("done forgot password 4 times, no email, checked spam, still can't log in and my store credit is in there", "account", "account", "en", None),
    ("háromszor kértem új jelszót, nem jön e-mail, a spamben sincs, nem tudok belépni", "account", "account", "hu", None),
    ("resetowałem hasło 5 razy, maila nie ma, w spamie też nie, dalej nie mogę się zalogować", "account", "account", "pl", None),
]
E += [  # someone hurt by a tool
    ("the cutting disc shattered on my AG 125 and cut my forearm, I needed stitches", "complaint", None, "en", None),
    ("my voltrex battery caught fire on the charger in the garage last night", "complaint", None, "en", None),
    ("pri vŕtaní ma kopol prúd z vŕtačky, kábel bol pritom celý", "complaint", None, "sk", None),
    ("Der Akku ist beim Laden explodiert, die Werkbank ist angebrannt", "complaint", None, "de", None),
    ("Диск болгарки розлетівся і поранив мені руку", "complaint", None, "uk", None),
]
E += [  # legal threats and staff
    ("I've written three times about my broken mower and keep getting template replies. If nobody sorts this by Friday I'm going to the Slovak Trade Inspection.", "complaint", None, "en", None),
    ("pokud to nevyřešíte, podám stížnost na ČOI", "complaint", None, "cs", None),
    ("the guy at the hire counter was really rude to my dad this morning", "complaint", None, "en", None),
    ("a kulcsmásolónál dolgozó eladó kiabált velem", "complaint", None, "hu", None),
    ("pracownik na kasie był bardzo niemiły, chcę złożyć skargę", "complaint", None, "pl", None),
]
for m, it, art, l, cu in E:
    c(m, True, it, art, l=l, cu=cu)

# ================================================== conversations (2-4 turns)
# ---- a question is answered, then a person is asked for
for msgs, art, l in [
    (["how much is freight to austria", "ok. can I talk to someone about a bigger order for my builders?"], "freight-delivery", "en"),
    (["how does tool hire work", "right, can someone from the hire counter call me, I need 3 machines next week"], "tool-hire", "en"),
    (["what's the warranty on voltrex", "fine. i'd like to speak to someone from the repair desk"], "warranty", "en"),
    (["whats your return policy", "ok human please"], "returns", "en"),
    (["can you mix paint to an NCS code?", "great, can a person from the paint department ring me, it's a tricky facade colour"], "paint-mixing", "en"),
    (["do you have trade prices", "ok. could someone call me to set up the account? 0915 220 481"], "trade-accounts", "en"),
    (["how much is a demolition hammer per day", "can I speak to a real person to book it"], "hire-prices", "en"),
    (["which plugs for plasterboard", "hmm, I'd rather have someone look at my wall with me, is there anyone?"], "screws-fixings", "en"),
    (["koľko stojí doprava na Slovensku?", "dobre, môžem hovoriť s niekým živým?"], "shipping", "sk"),
    (["ako funguje požičovňa?", "ďakujem, ale radšej by som to prebral s človekom z požičovne"], "tool-hire", "sk"),
    (["aká je záruka na Voltrex?", "ok, spojte ma s niekým zo servisu"], "warranty", "sk"),
    (["miešate farby podľa RAL?", "výborne, môže mi zavolať niekto z oddelenia farieb?"], "paint-mixing", "sk"),
    (["kolik stojí doprava do Česka?", "dobře, a můžu mluvit s někým živým?"], "shipping", "cs"),
    (["jak funguje záruka 3 roky?", "raději bych to probral s člověkem"], "warranty", "cs"),
    (["mennyi a szállítás Magyarországra?", "köszönöm, de beszélnék egy munkatárssal"], "shipping", "hu"),
    (["hogyan működik a gépkölcsönzés?", "inkább telefonon beszélnék valakivel"], "tool-hire", "hu"),
    (["Was kostet der Versand nach Österreich?", "Danke. Kann ich trotzdem mit jemandem sprechen?"], "shipping", "de"),
    (["Wie funktioniert die Garantie-Registrierung?", "Ich möchte das lieber mit einem Mitarbeiter klären"], "warranty", "de"),
    (["ile kosztuje wysyłka do Polski?", "dobrze, a mogę porozmawiać z konsultantem?"], "shipping", "pl"),
    (["jak wygląda zwrot towaru?", "wolałbym to omówić z człowiekiem"], "returns", "pl"),
    (["Скільки коштує доставка в Польщу?", "Дякую. А можна поговорити з людиною?"], "shipping", "uk"),
    (["Як працює прокат інструменту?", "Краще з'єднайте мене з працівником прокату"], "tool-hire", "uk"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- frustration that builds over the turns (no swearing)
for msgs, it, art, l in [
    (["how do I return something without an account", "there's no return button, I don't have an account", "I told you I have no account. you keep giving me the same steps", "this is the third time. not helpful at all"], "complaint", "returns", "en"),
    (["where's my invoice", "it's not under My orders", "still not there. you keep pasting the same text"], "complaint", "invoices", "en"),
    (["my reset link doesn't work", "I clicked it straight away, it says expired", "this is going round in circles, I just want to log in"], "complaint", "account", "en"),
    (["my parcel hasn't moved", "yes I checked the tracking link, 6 days nothing", "you're just repeating yourself"], "complaint", "delivery-problems", "en"),
    (["my VITAJ10 code doesn't work", "I'm subscribed, basket is 64 euros", "it still says code not valid. that's 4 tries. useless"], "complaint", "discount-codes", "en"),
    (["how do i register voltrex for 3 years", "the site says serial number invalid", "I've typed it 5 times from the plate, this isn't working and you're not helping"], "complaint", "warranty", "en"),
    (["kde nájdem faktúru?", "v objednávkach nie je", "píšem to už tretíkrát, vôbec to nepomáha"], "complaint", "invoices", "sk"),
    (["nejde mi zľavový kód", "mám nad 50 eur v košíku", "stále to isté, už tretíkrát, to je na nič"], "complaint", "discount-codes", "sk"),
    (["ako vrátim tovar bez účtu?", "ten formulár mi nefunguje", "hovorím vám, že to nejde, a vy mi posielate stále to isté"], "complaint", "returns", "sk"),
    (["zapomněl jsem heslo", "mail nepřišel", "pořád nic, už potřetí, to je fakt frustrující"], "complaint", "account", "cs"),
    (["hol a számlám?", "nincs ott a rendeléseimnél", "ezt már harmadszor kérdezem, nem segít"], "complaint", "invoices", "hu"),
    (["Meine Sendung bewegt sich nicht", "Ja, das Tracking hab ich geprüft", "Sie antworten immer nur dasselbe, das bringt nichts"], "complaint", "delivery-problems", "de"),
    (["nie mogę się zalogować", "link do resetu nie przychodzi", "to już trzeci raz, ciągle to samo, nic to nie daje"], "complaint", "account", "pl"),
    (["kod rabatowy nie działa", "mam ponad 50 euro w koszyku", "piszę już trzeci raz, to nie pomaga"], "complaint", "discount-codes", "pl"),
    (["Де мій рахунок-фактура?", "У замовленнях його немає", "Я вже втретє пишу, це не допомагає"], "complaint", "invoices", "uk"),
    (["Посилка не рухається", "Так, трекінг я перевірив", "Ви відповідаєте одне й те саме"], "complaint", "delivery-problems", "uk"),
]:
    c(msgs, True, it, art, l=l)
# frustration that ends with an ask for a person
for msgs, art, l in [
    (["my tracking hasn't moved since monday", "yes I checked the link", "ok this is pointless, get me a human"], "delivery-problems", "en"),
    (["how do i add my company details to the invoice", "I did that, the invoice still shows my private name", "forget it, let me talk to someone"], "invoices", "en"),
    (["heslo nefunguje", "už som to skúšal", "chcem hovoriť s človekom"], "account", "sk"),
    (["kód nefunguje", "zkoušel jsem to několikrát", "spojte mě prosím s operátorem"], "discount-codes", "cs"),
    (["a csomagom nem mozdul", "igen, néztem a követést", "kérem, kapcsoljon egy munkatárshoz"], "delivery-problems", "hu"),
    (["Passwort geht nicht", "Hab ich schon dreimal gemacht", "Ich will jetzt bitte einen Menschen"], "account", "de"),
    (["paczka stoi w miejscu", "tak, sprawdzałem śledzenie", "proszę mnie połączyć z konsultantem"], "delivery-problems", "pl"),
    (["Пароль не підходить", "Я вже пробував скинути", "З'єднайте мене з людиною, будь ласка"], "account", "uk"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- an answered question, then the staff-only problem comes out
for msgs, it, art, l, cu in [
    (["how long does a refund take", "well, mine for MB-SK-2511-0296 says refunded since november and I have nothing"], "return_refund", "returns", "en", "u28019"),
    (["why do I see 2 payments", "it's been 2 weeks and both are booked, not pending"], "payment", "payment", "en", "u28017"),
    (["how do I cancel an order", "I did that on the 5th for MB-SK-2512-0560 and got charged anyway"], "payment", "order-changes", "en", "u28023"),
    (["how long is the warranty on a mower", "it was already repaired once and broke again, same fault"], "return_refund", "warranty", "en", "u28034"),
    (["do you replace damaged items?", "you did, and the replacement arrived broken too"], "complaint", "damaged-parcels", "en", None),
    (["how do I delete my account", "I did that in october and I still get e-mails"], "account", "privacy", "en", None),
    (["where do I see my store credit", "it was there last week and now it's gone"], "payment", "gift-cards", "en", None),
    (["when do I get the hire deposit back", "it's been 12 working days, still blocked"], "payment", "tool-hire", "en", None),
    (["what if a key you cut doesn't work?", "I brought it back, you re-cut it, and it still doesn't open the door"], "return_refund", "key-cutting", "en", None),
    (["ako dlho trvá vrátenie peňazí?", "za MB-SK-2511-0296 čakám už od novembra"], "return_refund", "returns", "sk", "u28019"),
    (["kedy sa mi vráti záloha za požičanie?", "už je to 3 týždne a stále je zablokovaná"], "payment", "tool-hire", "sk", None),
    (["jak dlouho trvá vrácení peněz?", "za MB-CZ-2511-0390 nemám peníze už měsíc"], "return_refund", "returns", "cs", "u28009"),
    (["mennyi ideig tart a visszatérítés?", "már öt hete várok"], "return_refund", "returns", "hu", None),
    (["Wie lange dauert eine Erstattung nach Stornierung?", "Ich warte seit drei Wochen"], "payment", "order-changes", "de", None),
    (["jak usunąć konto?", "zrobiłem to we wrześniu i nadal dostaję maile"], "account", "privacy", "pl", None),
    (["Як довго діє подарункова карта?", "На моїй карті був залишок 40 €, а тепер нуль, хоча я нічого не купував"], "payment", "gift-cards", "uk", None),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- a problem reported, then it turns out staff are needed
for msgs, it, art, l, cu in [
    (["the paint tin arrived dented and leaking", "I sent the photos to info@ 6 days ago and nobody answered"], "complaint", "damaged-parcels", "en", None),
    (["tracking says delivered but I have nothing", "did all that, z-box, neighbours, the packeta point. 5 days now", "so what now"], "complaint", "delivery-problems", "en", "u28016"),
    (["my grinder stopped working", "I filled in the claim form 5 weeks ago and nobody got back to me"], "return_refund", "warranty", "en", None),
    (["the key you cut doesn't open my door", "I'm in Košice now, can someone just post me a working one?"], "return_refund", "key-cutting", "en", None),
    (["the mixed paint doesn't match my code", "I brought it back, you remixed it and it's still a different grey"], "return_refund", "paint-mixing", "en", None),
    (["prišla mi rozbitá vodováha", "fotky som poslal pred týždňom a nik sa neozval"], "complaint", "damaged-parcels", "sk", None),
    (["podľa sledovania doručené, ale nič nemám", "všetko som prezrel, susedov som sa pýtal, už je to týždeň"], "complaint", "delivery-problems", "sk", "u28016"),
    (["plechovka přišla vyteklá", "fotky jsem poslal před týdnem, žádná odpověď"], "complaint", "damaged-parcels", "cs", None),
    (["Die Farbe ist ausgelaufen", "Ich habe vor einer Woche Fotos geschickt, keine Antwort"], "complaint", "damaged-parcels", "de", None),
    (["Ключ, який ви зробили, не відкриває двері", "Я вже раз приносив, переробили, і знову не підходить"], "return_refund", "key-cutting", "uk", None),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- change requests inside a conversation
for msgs, it, art, l, cu in [
    (["can I still cancel an order from this morning?", "ok then please cancel MB-HU-2512-0471"], "order_status", "order-changes", "en", "u28003"),
    (["until when can a freight order be changed?", "great, then please add carry-in to MB-SK-2512-0502"], "order_status", "order-changes", "en", "u28007"),
    (["where is my order MB-SK-2512-0457", "can you redirect it to my office in Ružinov instead"], "order_status", "order-changes", "en", "u28001"),
    (["dá sa ešte zrušiť namiešaná farba?", "tak aspoň skúste zrušiť MB-SK-2512-0603, objednal som pred hodinou"], "order_status", "order-changes", "sk", "u28033"),
    (["lze ještě změnit objednávku?", "tak prosím přidejte do 25120579 ještě jedny vruty 5×80"], "order_status", "order-changes", "cs", "u28025"),
    (["módosítható még a rendelés?", "akkor kérem, a MB-HU-2512-0588-ba tegyenek még egy akkut"], "order_status", "order-changes", "hu", "u28028"),
    (["how do returns work?", "ok, please just refund the jigsaw from MB-PL-2510-0095 to my card"], "return_refund", "returns", "en", "u28005"),
    (["can I exchange boots in the store?", "I'm in Brno though. can you swap the 42s in MB-CZ-2512-0599 for 43 by post?"], "return_refund", "returns", "en", "u28032"),
    (["how does price match work?", "ok, the CD 18 BL from 2512-0622 is 15 euros cheaper at a Slovak shop now, please refund me the difference"], "payment", "price-match", "en", "u28040"),
    (["czy można jeszcze anulować zamówienie?", "to proszę anulować MB-PL-2512-0530"], "order_status", "order-changes", "pl", "u28015"),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- greeting first, then the ask; or asking again
for msgs, l in [
    (["hi", "can i speak to a person please"], "en"),
    (["human", "HUMAN", "hello?? a real person please"], "en"),
    (["agent", "i said agent"], "en"),
    (["dobrý deň", "môžem hovoriť s operátorom?"], "sk"),
    (["človek", "povedal som ČLOVEK, prosím"], "sk"),
    (["dobrý den", "chtěla bych mluvit s operátorkou"], "cs"),
    (["jó napot", "munkatársat kérek"], "hu"),
    (["Hallo", "Bitte einen Mitarbeiter"], "de"),
    (["dzień dobry", "poproszę konsultanta"], "pl"),
    (["Добрий день", "Можна оператора?"], "uk"),
]:
    c(msgs, True, "human_request", None, l=l)

# ---- follow-ups the assistant answers itself (no hand-over)
for msgs, it, art, mm, l in [
    (["hi", "how much is shipping to hungary?"], "shipping", "shipping", ["€6.90"], "en"),
    (["do you ship to poland", "and how long does it take?"], "shipping", "shipping", ["3–4 working days"], "en"),
    (["can i rent a floor sander", "and what's the deposit?"], "product_info", "hire-prices", ["€300"], "en"),
    (["how much is a trailer for a day", "do I need a BE licence for it?"], "product_info", "hire-prices", ["category B"], "en"),
    (["can i return mixed paint", "what if you mixed the wrong code?"], "return_refund", "paint-mixing", ["14 days"], "en"),
    (["how is a concrete mixer delivered", "and do they carry it upstairs?"], "shipping", "freight-delivery", ["ground floor"], "en"),
    (["i want to talk to someone", "actually never mind, just tell me if the store is open on sunday"], "other", "store", ["8:00–16:00"], "en"),
    (["human please", "no wait, forget it. what's the phone number, I'll call myself"], "other", "contact", [PH], "en"),
    (["is this a bot?", "ok, when are real people on the chat?"], "other", "contact", ["7:00–19:00"], "en"),
    (["no I don't need a person", "just tell me how long a gift card is valid"], "payment", "gift-cards", ["2 years"], "en"),
    (["my drill arrived and won't start", "the battery is charged now, still nothing. what next?"], "complaint", "damaged-parcels", ["14 days"], "en"),
    (["tracking says delivered but nothing's here", "ok, should I wait or write to you now?"], "complaint", "delivery-problems", ["next working day"], "en"),
    (["what's the weather tomorrow", "ok never mind. when does the hire counter close on saturday?"], "other", "store", ["7:00–13:00"], "en"),
    (["what's the difference between a combi drill and an SDS", "and which one for 12 mm holes in concrete?"], "product_info", "power-tool-guide", ["SDS-plus"], "en"),
    (["how much is key cutting", "and a car key without chip?"], "product_info", "key-cutting", ["€9.90"], "en"),
    (["I need to cancel my order", "no no, I don't want you to do it, just tell me until when it's possible"], "order_status", "order-changes", ["1 hour"], "en"),
    (["do you sharpen chains", "how long does it take?"], "product_info", "tool-repairs", ["15 minutes"], "en"),
    (["what's the fuel mix for a 2-stroke", "how much oil for 5 litres then?"], "product_info", "garden-tools", ["20 ml"], "en"),
    (["can you cut boards for me", "and edge banding, how much per metre?"], "product_info", "cutting-service", ["€1.50"], "en"),
    (["how do I return something", "and from austria, what does it cost?"], "return_refund", "returns", ["€6.90"], "en"),
    (["ahoj", "koľko stojí doprava do Z-BOXu?"], "shipping", "shipping", ["2", "90"], "sk"),
    (["nepotrebujem operátora", "len mi povedzte, koľko dní mám na vrátenie"], "return_refund", "returns", ["30"], "sk"),
    (["koľko stojí požičanie miešačky?", "a aká je záloha?"], "product_info", "hire-prices", ["150"], "sk"),
    (["chcem hovoriť s niekým", "vlastne nie, aký máte e-mail?"], "other", "contact", [MAIL], "sk"),
    (["máte otvorené v nedeľu?", "a požičovňa tiež?"], "other", "store", [], "sk"),
    (["dobrý den", "kolik stojí doprava do Česka paletou?"], "shipping", "freight-delivery", ["49"], "cs"),
    (["nepotřebuji operátora", "jen mi řekněte, do kdy je otevřeno v sobotu"], "other", "store", ["18:00"], "cs"),
    (["kolik stojí kopie klíče?", "a bezpečnostní s kartou?"], "product_info", "key-cutting", ["14", "90"], "cs"),
    (["szia", "mennyi a szállítás Ausztriába?"], "shipping", "shipping", ["7", "90"], "hu"),
    (["nem kell ügyintéző", "csak mondja meg, meddig érvényes az ajándékkártya"], "payment", "gift-cards", ["2"], "hu"),
    (["Kann man bei euch Maschinen mieten?", "Und was kostet ein Anhänger fürs Wochenende?"], "product_info", "hire-prices", ["38"], "de"),
    (["Ich will mit wem reden", "Ach, vergessen Sie's. Wie ist die Telefonnummer?"], "other", "contact", [PH], "de"),
    (["cześć", "ile kosztuje wysyłka kurierem DPD do Polski?"], "shipping", "shipping", ["7", "90"], "pl"),
    (["nie potrzebuję konsultanta", "tylko powiedzcie, ile kosztuje zwrot z Polski"], "return_refund", "returns", ["6", "90"], "pl"),
    (["czy wypożyczacie przyczepki?", "a jaka kaucja?"], "product_info", "hire-prices", ["200"], "pl"),
    (["Привіт", "Скільки коштує доставка в Угорщину?"], "shipping", "shipping", ["6", "90"], "uk"),
    (["Мені не потрібен оператор", "Просто скажіть, до котрої працює магазин у суботу"], "other", "store", ["18:00"], "uk"),
    (["Чи можна взяти в оренду плиткоріз?", "А яка застава?"], "product_info", "hire-prices", ["150"], "uk"),
]:
    c(msgs, False, it, art, mm, l=l)
# order follow-ups with the customer's own orders
for msgs, mm, l, cu in [
    (["hi, where's my order", "the number is MB SK 2512 0457"], ["SPS70412887301"], "en", "u28001"),
    (["dobrý deň, balík mi ešte neprišiel", "číslo objednávky je 2512-0515"], ["RBN4418207"], "sk", "u28008"),
    (["kde je můj balík?", "číslo je 25120463"], ["40871233590"], "cs", "u28002"),
    (["hol a csomagom?", "MB-HU-2512-0635, a kalapácsok"], ["69120471190"], "hu", "u28043"),
    (["Hallo, mein Paket ist noch nicht da", "Bestellnummer mb-at-2512-0480"], ["1047839120458801"], "de", "u28004"),
    (["gdzie moja paczka?", "numer zamówienia #25120591"], ["13812004578832"], "pl", "u28029"),
    (["Де моя посилка?", "Номер MB-SK-2512-0614"], ["Z4718912284"], "uk", "u28037"),
]:
    c(msgs, False, "order_status", None, mm, l=l, cu=cu)

# ---- long, rambling messages
c("hi so I'm redoing our bathroom and kitchen over christmas, I've got a friend helping who has his own drill but I think I need something that can do the concrete ceiling for the new lights, holes maybe 8 or 10 mm, and then also screw in the cabinets. do I need two tools or is one enough? I don't want to spend a fortune, we're on a budget after the tiles",
  False, "product_info", "power-tool-guide", ["SDS-plus"])
c("ok before you pass me to someone, I really don't need a person, I just can't work out whether the hire price for the weekend means I can keep the sander until monday evening or what, because we only get home from work at 6 on monday",
  False, "product_info", "tool-hire", ["Monday 9:00"])
c("I've spent an hour on your website and I'm more confused than before. I run a small renovation company in Trnava, six guys, and I want one place to buy everything with invoices and a monthly payment, maybe hire machines too without leaving deposits every time. Could somebody from your trade team ring me tomorrow morning? 0911 472 003",
  True, "human_request", "trade-accounts")
c("Dobrý deň, minulý týždeň som si u vás dal namiešať 10 litrov farby do obývačky podľa vzorkovníka, odtieň je pekný, ale na stene vyzerá o dosť tmavší než na kartičke. Kódy sú rovnaké ako na bloku, nič nie je zle namiešané, len sa mi to nepáči. Môžem tie dve neotvorené plechovky vrátiť?",
  False, "return_refund", "paint-mixing", [], l="sk")
c("Dobrý den, kupoval jsem u vás minulý měsíc aku vrtačku Voltrex a teď jsem zjistil, že se dá registrovat na 3 roky záruky. Mám fakturu, ale je to už asi 5 týdnů od nákupu. Platí to ještě, nebo mám smůlu?",
  False, "return_refund", "warranty", ["30"], l="cs")
c("Szia! Most költöztünk egy régi házba Komárom mellett, és az egész kertet rendbe kell tennünk tavaszig. Kb. 450 négyzetméter a fű, van áram a kertben. Akkus vagy benzines fűnyírót ajánlotok, és ha akkus, elég lesz két akku?",
  False, "product_info", "garden-tools", ["600"], l="hu")
c("Dzień dobry, remontuję mieszkanie w Bratysławie, jestem z Polski. Chciałbym wypożyczyć szlifierkę do parkietu na weekend, ale mam tylko polski dowód osobisty i płacę kartą polską w złotówkach. Czy to wystarczy i ile zablokujecie na karcie?",
  False, "product_info", "tool-hire", ["300"], l="pl")
c("Добрий день! Я з України, живу в Братиславі третій рік. Хочу зробити дублікат ключа від під'їзду і від квартири, ключ від квартири з маленькими ямками, не звичайний. Скільки це коштує і чи треба кудись записуватися заздалегідь?",
  False, "product_info", "key-cutting", ["8", "90"], l="uk")
c("Grüß Gott, ich habe ein Ferienhaus bei Senec und möchte im Frühling die Terrasse neu machen. Kann ich bei Ihnen eine Rüttelplatte und einen Betonmischer gleichzeitig mieten und die über die Grenze nach Österreich mitnehmen? Und was kostet das für ein Wochenende zusammen?",
  False, "product_info", "hire-prices", ["59", "33"], l="de")

# ---- more hand-overs: polite asks only staff can fulfil, informal asks,
#      asks right after an answer, in every language
for m, it, art, l, cu in [
    ("Would you be so kind as to check why my hire deposit from the 2nd hasn't been released? It's been three weeks.", "payment", "tool-hire", "en", None),
    ("Could you please look into my refund? I returned two jackets a month ago and nothing has come back.", "return_refund", "returns", "en", None),
    ("Sorry to bother you, but the chainsaw you repaired in October is leaking oil again in exactly the same place. Could someone look at it?", "return_refund", "warranty", "en", None),
    ("Hello, I think there's a mistake: an order for a concrete mixer appeared in my account and I didn't place it. Can you check?", "account", None, "en", None),
    ("Boli by ste takí láskaví a skontrolovali, prečo mi po zrušení objednávky stále neprišli peniaze? Sú to už 3 týždne.", "payment", "order-changes", "sk", None),
    ("Prosím vás, vymeňte mi v objednávke 2512-0599 topánky za veľkosť 43, sú nenosené", "return_refund", "returns", "sk", "u28032"),
    ("mohli byste prosím zjistit, kde je moje vrácení peněz za rukavice? čekám přes měsíc", "return_refund", "returns", "cs", None),
    ("požádal jsem o smazání účtu a po dvou měsících mi pořád chodí SMS", "account", "privacy", "cs", None),
    ("Sehr geehrte Damen und Herren, meine reparierte Kettensäge zeigt erneut denselben Defekt. Ich bitte um Rückmeldung.", "return_refund", "warranty", "de", None),
    ("Könnten Sie bitte prüfen, warum die Kaution für den Bodenschleifer noch nicht freigegeben ist?", "payment", "tool-hire", "de", None),
    ("megkérhetném, hogy nézzék meg, miért nem kaptam vissza a kauciót a vésőgépért?", "payment", "tool-hire", "hu", None),
    ("eltűnt a jóváírásom a fiókomból, kérem, állítsák vissza", "payment", "gift-cards", "hu", None),
    ("czy moglibyście sprawdzić, dlaczego pobrano opłatę za czyszczenie betoniarki? oddałem ją czystą", "payment", "tool-hire", "pl", None),
    ("bardzo proszę o zwrot różnicy w cenie, ta sama wkrętarka jest tańsza w czeskim sklepie o 20 euro", "payment", "price-match", "pl", None),
    ("Чи могли б ви перевірити, чому мені досі не повернули гроші за повернений товар? Минуло 5 тижнів", "return_refund", "returns", "uk", None),
    ("Будь ласка, видаліть мої дані, я просив про це два місяці тому, але листи все ще приходять", "account", "privacy", "uk", None),
]:
    c(m, True, it, art, l=l, cu=cu)
for m, l in [
    ("yo can a human hop on real quick", "en"),
    ("can I speak with whoever is in charge of the hire counter", "en"),
    ("pls someone call me, easier to explain by phone", "en"),
    ("môže sa mi niekto ozvať telefonicky? 0949 551 220", "sk"),
    ("dejte mi prosím někoho z prodejny", "cs"),
    ("embert kérek, ne robotot", "hu"),
    ("Gibt's da jemanden Echten?", "de"),
    ("poproszę o telefon od kogoś z obsługi", "pl"),
    ("Дайте мені живу людину, будь ласка", "uk"),
]:
    c(m, True, "human_request", None, l=l)
for msgs, art, l in [
    (["is there a discount on my first order?", "ok thanks. can a person still call me, I have a question about a big order for our dorm workshop"], "discount-codes", "en"),
    (["how long does freight take to hungary?", "ok, I'd still like someone to ring me to arrange it"], "freight-delivery", "en"),
    (["aká je otváracia doba v nedeľu?", "ďakujem. môžem ešte hovoriť s niekým z predajne?"], "store", "sk"),
    (["koľko stojí vynáška na poschodie?", "dobre, spojte ma s človekom"], "freight-delivery", "sk"),
    (["meddig érvényes az ajándékkártya?", "rendben, de most beszélnék egy munkatárssal"], "gift-cards", "hu"),
    (["ile kosztuje klucz do skrzynki?", "dzięki, ale wolę porozmawiać z kimś z obsługi"], "key-cutting", "pl"),
    (["Як довго триває ремонт інструменту?", "Дякую, але хочу поговорити з кимось із сервісу"], "tool-repairs", "uk"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- a second question after the first one is answered (no hand-over)
for msgs, it, art, mm, cu in [
    (["how does renting a machine work at your place", "and if I'm a day late bringing it back?"], "product_info", "tool-hire", ["€10"], None),
    (["can i order online and pick up in the store", "how long until it's ready?"], "shipping", "click-collect", ["2 hours"], None),
    (["how long is the warranty on your drills", "and what isn't covered?"], "return_refund", "warranty", ["carbon brushes"], None),
    (["do you sell small sample pots of paint?", "can I get one in RAL 6005, how much?"], "product_info", "paint-mixing", ["€4.90"], None),
    (["how is a concrete mixer delivered", "do they ring before they come?"], "shipping", "freight-delivery", ["1 working day"], None),
    (["how much is the AG 230 grinder", "and how heavy is it? my wrists aren't great"], "product_info", None, ["5.2 kg"], None),
    (["what's the fuel mix for the drevex chainsaw", "does it come with fuel in it?"], "product_info", "garden-tools", ["without fuel"], None),
    (["where is my order MB-SK-2512-0457", "and the hose from october, did that arrive in the end?"], "order_status", None, ["delivered"], "u28001"),
    (["can i return a ladder", "it came by freight, how does the pickup work?"], "return_refund", "returns", ["€29"], None),
    (["which hi-vis vest for a building site", "and for road works?"], "product_info", "workwear", ["class 3"], None),
    (["what do you charge to cut boards", "can you also cut a circle for a round table top?"], "product_info", "cutting-service", ["do not cut curves"], None),
    (["how do i register voltrex for 3 years", "what if I bought it 6 weeks ago?"], "return_refund", "warranty", ["30 days"], None),
    (["thanks for earlier", "one more thing, how long is a gift card valid?"], "payment", "gift-cards", ["2 years"], None),
    (["can I pay cash on delivery to austria", "ok, what can I use instead?"], "payment", "payment", ["PayPal"], None),
]:
    c(msgs, False, it, art, mm, cu=cu)
# ---- and more that end with staff
for msgs, it, art, cu in [
    (["how long does a repair take", "I left my drill at the repair desk 5 weeks ago, R-58213, nobody has called. can someone check on it?"], "return_refund", "tool-repairs", None),
    (["is the hire counter open on sunday", "ok. can someone from the hire counter call me on monday morning?"], "human_request", "tool-hire", None),
    (["whats the max weight of a parcel", "fine, I'd like to talk to someone about sending 40 bags of cement to Vienna"], "human_request", "shipping", None),
    (["I need to change my order", "it's MB-HU-2512-0471, please take the discs off, I have enough"], "order_status", "order-changes", "u28003"),
    (["my gift card balance shows 0", "I checked at majsterbox.sk/darcekova-karta, it had 60 euros yesterday and I bought nothing", "can you fix it please"], "payment", "gift-cards", None),
    (["when do I get my hire deposit back?", "it's been 9 working days and the 200 is still held", "who can sort this out?"], "payment", "tool-hire", None),
    (["what's your price match policy", "ok, the same DD 18 kit is 109 at a Bratislava shop, I bought mine from you 4 days ago, please refund me the 20"], "payment", "price-match", None),
    (["can mixed paint be returned", "I know, but the counter mixed the wrong tin today, my receipt says RAL 7035 and it's clearly 7016", "I was already back once and they said come tomorrow, I need it tonight"], "return_refund", "paint-mixing", None),
    (["how do I delete my account", "done it. can a human confirm it's really gone? I don't trust these buttons"], "human_request", "privacy", None),
    (["is there a manager I can speak to", "it's about the way I was treated at the key counter this morning"], "complaint", None, None),
    (["a cutting disc cracked while I was using it", "a piece hit my goggles, I'm fine but really shaken. the disc was brand new from you"], "complaint", None, None),
    (["my parcel says delivered", "I've looked everywhere, neighbours too, 4 days now", "and this is the second time with packeta this month"], "complaint", "delivery-problems", None),
]:
    c(msgs, True, it, art, cu=cu)

# ---- many customers greet before they ask: every 7th single-turn question
# gets an opening line in its own language (the judged turn is unchanged)
OPENERS = {
    "en": ["hi", "hello", "hey", "good morning", "hi there", "hello, quick question", "evening!"],
    "sk": ["dobrý deň", "ahoj", "zdravím", "dobrý večer"],
    "cs": ["dobrý den", "ahoj", "zdravím"],
    "hu": ["jó napot", "szia", "üdv"],
    "de": ["Hallo", "Guten Tag", "Servus", "Grüß Gott"],
    "pl": ["dzień dobry", "cześć", "witam"],
    "uk": ["Добрий день", "Привіт", "Вітаю"],
}
GREETS = re.compile(r"(hi|hello|hey|good (morning|afternoon|evening)|evening|dobr[ýy] (de[nň]|večer)|ahoj|"
                    r"zdrav[íi]m|nazdar|jó napot|szia|üdv|hallo|guten tag|servus|grüß|dzień dobry|cześć|witam|"
                    r"добрий день|доброго дня|привіт|вітаю)\b", re.I)

# ================================================================ output
COUNTRIES = ("SK", "CZ", "HU", "AT", "PL")
# "MB-SK-2512-0457", "mb-sk-2512-0457", "MB SK 2512 0457", "#MB-SK-2512-0457"
ORDER_REF = re.compile(r"(?i)\bmb[\s#-]*(sk|cz|hu|at|pl)?[\s#-]*(\d{4})[\s-]?(\d{4})(?!\d)")
# the bare year+month and counter ("25120457", "2512-0457", "2512 0457");
# orders are from September to December 2025, so the first four digits
# are 2509-2512 ("2512 mm" has no counter after it)
BARE_REF = re.compile(r"(?<![\d.,])(25(?:09|1[0-2]))[\s-]?(\d{4})(?![\d.,])")
# order numbers that are meant not to exist
UNKNOWN_ORDERS = {"25120999", "25110777", "25120700", "25120458"}
# which carriers deliver to which country (Click & Collect and our vans: Bratislava only)
CARRIERS = {
    "SK": {"SPS", "Packeta", "Raben", "Click & Collect", "Majster Box van"},
    "CZ": {"PPL", "Packeta", "Raben"},
    "HU": {"GLS", "Raben"},
    "AT": {"Österreichische Post", "Raben"},
    "PL": {"InPost", "DPD", "Raben"},
}
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def order_refs(m):
    full, bare = casekit.scan(m, ORDER_REF, BARE_REF)
    return ([casekit.Ref(mo.group(0), mo.group(2) + mo.group(3),
                         "MB-%s-%s-%s" % (mo.group(1).upper(), mo.group(2), mo.group(3)) if mo.group(1) else None)
             for mo in full]
            + [casekit.Ref(mo.group(0), mo.group(1) + mo.group(2), None) for mo in bare])


def order_extra(o):
    """Rules only this shop has: the carrier serves the order's country, and
    the order was not updated before the month in its number."""
    err = []
    cc, yymm = o["orderId"][3:5], o["orderId"][6:10]
    if o.get("carrier") and o["carrier"] not in CARRIERS[cc]:
        err.append("order %s: carrier %s does not deliver to %s" % (o["orderId"], o["carrier"], cc))
    if o["updatedAt"][2:4] + o["updatedAt"][5:7] < yymm:
        err.append("order %s: updated before its month" % o["orderId"])
    return err


def case_extra(r, lang):
    """Ukrainian customers write in Cyrillic; English lines have none."""
    cyr = any(CYRILLIC.search(m) for m in r["messages"])
    if lang == "uk" and not cyr:
        return ["%s: Ukrainian case without Cyrillic" % r["id"]]
    if lang == "en" and cyr:
        return ["%s: English case with Cyrillic" % r["id"]]
    return []


def main():
    shop.add_openers(OPENERS, GREETS)
    shop.write()
    shop.check(order_id=r"MB-(%s)-25(09|1[0-2])-\d{4}" % "|".join(COUNTRIES), shape="MB-SK-2512-0457",
               counter=lambda oid: oid[6:10] + oid[11:], refs=order_refs, unknown=UNKNOWN_ORDERS,
               named=lambda cu: int(cu[3:]) <= 100, customer_id=r"u28\d{3}", currency={"EUR"},
               untracked=lambda o: casekit.sku_only("GC-")(o) or o.get("carrier") in ("Click & Collect", "Majster Box van"),
               max_turns=4, order_extra=order_extra, case_extra=case_extra, article_counts=True)


if __name__ == "__main__":
    main()
