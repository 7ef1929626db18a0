"""What the shop case generators share (gen_fifteenth_cases.py onwards).

Each generator keeps its own labelling rules (its docstring) and its case
data; this module holds the code that used to be copied from one generator
to the next:

  Shop.c            the case helper (one case; anonymous customers get
                    fresh ids counted up from the shop's own start)
  Shop.add_openers  every n-th single-turn question gets a greeting line
  Shop.write        the .jsonl writer (ids t17-0001, ...)
  Shop.check        the self-check against the shop's KB, then the figures

What differs between shops is passed in: the KB and output names, the id
prefix, the languages, the order-id shape, how order numbers are found in
customer lines, which of them are made up on purpose, which customer ids
must hold orders, the currencies, and any rule only one shop needs (as
a callback: order_extra for an order, case_extra for a case).  The check
prints every error it finds and exits 1, so a broken case stops the run
instead of reaching the evaluation.
"""
import json, os, re, sys
from collections import Counter, namedtuple

HERE = os.path.dirname(os.path.abspath(__file__))

INTENTS = {"greeting", "thanks", "goodbye", "order_status", "return_refund", "shipping",
           "product_info", "payment", "account", "complaint", "human_request", "other"}
SMALL_TALK = {"greeting", "thanks", "goodbye"}
STATUSES = {"pending", "paid", "shipped", "delivered", "cancelled", "refunded"}
ROW_KEYS = {"id", "customerId", "messages", "expect"}
EXPECT_KEYS = {"escalate", "intent", "article", "mustMention", "mustNotMention"}
TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d")
# non-English turns may only be checked with language-free strings (numbers,
# prices, e-mail and web addresses, phone and tracking numbers); a run of 3+
# letters is a word the reply may rightly say in another language
WORD = re.compile(r"[^\W\d_]{3,}")
FRONT_MATTER = re.compile(r"---\n(.*?)\n---\n", re.S)

# An order number as a customer typed it.
#   shown  the matched text, for error messages
#   key    the order counter, looked up with the shop's `counter` function
#   full   the order id implied by what the customer typed around the
#          counter (country, year, warehouse digit...), or None if they
#          typed only the counter; when set, it must be the order's real id
Ref = namedtuple("Ref", "shown key full")


def scan(message, full_re, bare_re=None):
    """Matches of full_re, and of bare_re in the text left once those are
    blanked, so the counter inside a full reference is not found twice."""
    full = list(full_re.finditer(message))
    bare = list(bare_re.finditer(full_re.sub(" ", message))) if bare_re else []
    return full, bare


def sku_only(*prefixes):
    """For Shop.check's `untracked`: orders whose every item has one of these
    sku prefixes (gift cards, services...) ship without a parcel."""
    return lambda o: all(it["sku"].startswith(prefixes) for it in o["items"])


def read_articles(kb, errors):
    """{article id: lowercased text}.  The id is the front matter's `id:`,
    else the file name; the body must start with a '# Title' line."""
    arts = {}
    adir = os.path.join(kb, "articles")
    for fn in sorted(os.listdir(adir)):
        if not fn.endswith(".md"):
            continue
        text = open(os.path.join(adir, fn), encoding="utf-8").read()
        aid, body = fn[:-3], text
        fm = FRONT_MATTER.match(text)
        if fm:
            body = text[fm.end():]
            mid = re.search(r"^id:\s*(\S+)", fm.group(1), re.M)
            if mid:
                aid = mid.group(1)
        if not body.startswith("# "):
            errors.append("article %s: no '# Title' first line" % fn)
        if aid in arts:
            errors.append("article id %s twice" % aid)
        arts[aid] = text.lower()
    return arts


class Shop:
    def __init__(self, name, prefix, anon, langs, english_variants=None):
        """name: "seventeenth" (KB seventeenth-kb/, output seventeenth-cases.jsonl);
        prefix: case ids "t17-0001"...; anon: anonymous customers are u<anon+1>...;
        langs: the other languages a case may be in; english_variants:
        {"en-mt": "Maltese English"}, tags counted (and reported) as English."""
        self.kb = os.path.join(HERE, name + "-kb")
        self.out = os.path.join(HERE, name + "-cases.jsonl")
        self.prefix, self.anon, self.langs = prefix, anon, langs
        self.variants = english_variants or {}
        self.english = {"en"} | set(self.variants)
        self.cases = []

    # ------------------------------------------------------------ building
    def c(self, msgs, esc, intent, art=None, mm=(), mnm=(), l="en", cu=None):
        """One case. l: the language of the non-English line(s), "en" if none."""
        if isinstance(msgs, str):
            msgs = [msgs]
        if cu is None:
            self.anon += 1
            cu = "u%d" % self.anon
        self.cases.append({"messages": list(msgs), "customerId": cu, "lang": l, "expect": {
            "escalate": esc, "intent": intent, "article": art,
            "mustMention": list(mm), "mustNotMention": list(mnm)}})

    def add_openers(self, openers, greets, every=7, rotate=None):
        """Many customers greet before they ask: every `every`-th single-turn
        question that does not already greet gets an opening line in its own
        language (the judged turn is unchanged).  rotate: the divisor that
        picks the line (a shop or two used another one than `every`; kept so
        their cases stay the same)."""
        rotate = rotate or every
        n = 0
        for k in self.cases:
            if len(k["messages"]) != 1 or k["expect"]["intent"] in SMALL_TALK:
                continue
            if greets.match(k["messages"][0]):
                continue
            n += 1
            if n % every == 3:
                ops = openers[k["lang"]]
                k["messages"].insert(0, ops[(n // rotate) % len(ops)])
                k["opener"] = True

    def write(self):
        with open(self.out, "w", encoding="utf-8") as f:
            for i, k in enumerate(self.cases, 1):
                row = {"id": "%s-%04d" % (self.prefix, i), "customerId": k["customerId"],
                       "messages": k["messages"], "expect": k["expect"]}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")

    # ------------------------------------------------------------ checking
    def check(self, order_id, shape, counter, refs, named, unknown=(), qualifier="country",
              customer_id=None, currency=None, untracked=sku_only("GC-"), max_turns=None, order_extra=None, kb_line=True,
              order_currency=None, case_extra=None, article_counts=False):
        """Check the written cases against the KB, print the figures, exit 1
        on any error.
        order_id, shape  regex every order id must fullmatch, and an example
        counter          order id -> its counter (unique across orders)
        refs             customer line -> [Ref] (the order numbers typed in it)
        named            customer id -> True if that customer must hold orders
        unknown          order numbers made up on purpose (counter or full id)
        qualifier        what `Ref.full` adds to the counter, for messages
        customer_id      regex every customer id must fullmatch (None: any)
        currency         the currencies products and orders may be in (None: any)
        order_currency   the currencies orders may be in, when not those of
                         the products (None: `currency`)
        untracked        order -> True if it may be shipped or delivered without
                         a tracking number (default: gift cards only)
        max_turns        most customer turns in a case (None: any)
        order_extra      order -> [error] for rules only this shop has
        case_extra       (written row, its language) -> [error] for case
                         rules only this shop has
        kb_line          print the "KB: ..." figure line
        article_counts   also print how many cases use each article"""
        errors = []
        arts = read_articles(self.kb, errors)
        products = json.load(open(os.path.join(self.kb, "products.json"), encoding="utf-8"))
        orders = json.load(open(os.path.join(self.kb, "orders.json"), encoding="utf-8"))
        self._check_products(products, currency, refs, errors)
        by_id = self._check_orders(orders, {p["sku"] for p in products}, order_id, shape,
                                   order_currency or currency, untracked, order_extra, errors)
        by_key = {}
        for o in orders:
            key = counter(o["orderId"])
            if key in by_key:
                errors.append("order counter %s used twice" % key)
            by_key[key] = o["orderId"]
        ctx = dict(arts=arts, orders=orders, by_id=by_id, by_key=by_key, refs=refs, named=named,
                   unknown=set(unknown), qualifier=qualifier, customer_id=customer_id,
                   max_turns=max_turns, case_extra=case_extra, customers={o["customerId"] for o in orders},
                   ptext=json.dumps(products, ensure_ascii=False).lower())
        rows = [json.loads(line) for line in open(self.out, encoding="utf-8")]
        ids, seen = set(), set()
        for r, k in zip(rows, self.cases):
            if r["id"] in ids:
                errors.append("%s: duplicate id" % r["id"])
            ids.add(r["id"])
            # the same lines from the same customer (or from any customer
            # without orders, where the id does not matter) are one case
            key = (r["customerId"] if r["customerId"] in ctx["customers"] else "", tuple(r["messages"]))
            if key in seen:
                errors.append("%s: duplicate conversation %r" % (r["id"], r["messages"][-1]))
            seen.add(key)
            errors += self._check_case(r, k, ctx)
        self._report(rows, arts, products, orders, ctx["customers"], kb_line, article_counts)
        if errors:
            print("ERRORS (%d):" % len(errors))
            for x in errors:
                print("  " + x)
            sys.exit(1)
        print("all checks passed")

    @staticmethod
    def _check_products(products, currency, refs, errors):
        skus = {p["sku"] for p in products}
        if len(skus) != len(products):
            errors.append("products: a sku twice")
        for p in products:
            for key, t in (("sku", str), ("name", str), ("description", str), ("currency", str), ("stock", int)):
                if not isinstance(p.get(key), t):
                    errors.append("product %s: bad %s" % (p.get("sku"), key))
            if not isinstance(p.get("price"), (int, float)):
                errors.append("product %s: bad price" % p["sku"])
            if currency and p["currency"] not in currency:
                errors.append("product %s: currency %s" % (p["sku"], p["currency"]))
            # a sku a customer quotes must not be read as an order number
            if refs(p["sku"]):
                errors.append("product %s: sku looks like an order number" % p["sku"])

    @staticmethod
    def _check_orders(orders, skus, order_id, shape, currency, untracked, order_extra, errors):
        by_id = {}
        for o in orders:
            oid = o["orderId"]
            if not re.fullmatch(order_id, oid):
                errors.append("order id %s has not the %s shape" % (oid, shape))
            if oid in by_id:
                errors.append("order %s twice" % oid)
            by_id[oid] = o
            if o["status"] not in STATUSES:
                errors.append("order %s: status %s" % (oid, o["status"]))
            if currency and o["currency"] not in currency:
                errors.append("order %s: currency %s" % (oid, o["currency"]))
            for it in o["items"]:
                if it["sku"] not in skus:
                    errors.append("order %s: unknown sku %s" % (oid, it["sku"]))
            if o["status"] in {"shipped", "delivered"} and not o.get("trackingNumber") and not untracked(o):
                errors.append("order %s: shipped without tracking" % oid)
            if o["status"] in {"pending", "paid"} and o.get("trackingNumber"):
                errors.append("order %s: tracking before dispatch" % oid)
            if not TIMESTAMP.fullmatch(o["updatedAt"]):
                errors.append("order %s: updatedAt" % oid)
            if order_extra:
                errors += order_extra(o)
        return by_id

    def _check_case(self, r, k, ctx):
        """The labelling rules every shop shares, for one written row r (k:
        the case it came from, which still knows its language)."""
        err = []
        rid, e, cu = r["id"], r["expect"], r["customerId"]
        if set(r) != ROW_KEYS or set(e) != EXPECT_KEYS:
            err.append("%s: keys" % rid)
        if not r["messages"] or not all(isinstance(m, str) and m.strip() for m in r["messages"]):
            err.append("%s: messages" % rid)
        if ctx["max_turns"] and len(r["messages"]) > ctx["max_turns"]:
            err.append("%s: more than %d customer turns" % (rid, ctx["max_turns"]))
        if e["intent"] not in INTENTS:
            err.append("%s: intent %s" % (rid, e["intent"]))
        if e["article"] is not None and e["article"] not in ctx["arts"]:
            err.append("%s: no article %s" % (rid, e["article"]))
        if e["escalate"] and e["mustMention"]:
            err.append("%s: hand-over with mustMention" % rid)
        if e["intent"] == "human_request" and not e["escalate"]:
            err.append("%s: human_request that does not escalate" % rid)
        if e["intent"] in SMALL_TALK and (e["escalate"] or e["article"]):
            err.append("%s: small talk with a hand-over or article" % rid)
        if ctx["customer_id"] and not re.fullmatch(ctx["customer_id"], cu):
            err.append("%s: customer id %s" % (rid, cu))
        if ctx["named"](cu) and cu not in ctx["customers"]:
            err.append("%s: customer %s has no orders" % (rid, cu))
        if not ctx["named"](cu) and cu in ctx["customers"]:
            err.append("%s: anonymous id %s has orders" % (rid, cu))
        own_orders = [o for o in ctx["orders"] if o["customerId"] == cu]
        own = json.dumps(own_orders, ensure_ascii=False).lower()
        refs = [ref for m in r["messages"] for ref in ctx["refs"](m)]
        err += self._check_refs(rid, e, cu, refs, own_orders, ctx)
        if e["intent"] == "order_status" and not e["escalate"] and own_orders and not refs \
                and not e["mustMention"]:
            err.append("%s: own-order question without a figure to check" % rid)
        # what the reply must say is in the page that governs, the products
        # or the customer's own orders; what it must not say is in neither
        source = (ctx["arts"].get(e["article"], "") if e["article"] else "") + ctx["ptext"] + own
        foreign = k["lang"] not in self.english
        for s in e["mustMention"]:
            if s.lower() not in source:
                err.append("%s: mustMention %r not in %s/data" % (rid, s, e["article"]))
            if foreign and "@" not in s and "." not in s and any(WORD.fullmatch(w) for w in s.split()):
                err.append("%s: non-English mustMention %r is a word" % (rid, s))
        for s in e["mustNotMention"]:
            if e["article"] and s.lower() in ctx["arts"][e["article"]]:
                err.append("%s: mustNotMention %r is in the article" % (rid, s))
            if s.lower() in own:
                err.append("%s: mustNotMention %r is the customer's own data" % (rid, s))
        if foreign and k["lang"] not in self.langs:
            err.append("%s: lang %s" % (rid, k["lang"]))
        if ctx["case_extra"]:
            err += ctx["case_extra"](r, k["lang"])
        return err

    @staticmethod
    def _check_refs(rid, e, cu, refs, own_orders, ctx):
        """Every order number typed exists (or is made up on purpose), and
        what was typed around its counter fits it; a customer with orders
        names only their own; a stranger's order that the reply could leak
        needs its tracking number in mustNotMention, unless handed over."""
        err = []
        for ref in refs:
            oid = ctx["by_key"].get(ref.key)
            if oid is None:
                if ref.key not in ctx["unknown"] and ref.full not in ctx["unknown"]:
                    err.append("%s: order %s does not exist" % (rid, ref.shown))
                continue
            o = ctx["by_id"][oid]
            if ref.full and ref.full != oid:
                err.append("%s: order %s has another %s" % (rid, ref.shown, ctx["qualifier"]))
            if own_orders and o["customerId"] != cu:
                err.append("%s: order %s is not the customer's" % (rid, oid))
            if not own_orders and not e["escalate"] and o.get("trackingNumber") \
                    and o["trackingNumber"] not in e["mustNotMention"]:
                err.append("%s: someone else's order %s without mustNotMention" % (rid, oid))
        return err

    # ------------------------------------------------------------ figures
    def _report(self, rows, arts, products, orders, customers, kb_line, article_counts):
        n = len(rows)
        esc = sum(r["expect"]["escalate"] for r in rows)
        other = sum(k["lang"] not in self.english for k in self.cases)
        multi = sum(len(r["messages"]) > 1 for r in rows)
        used = {r["expect"]["article"] for r in rows} - {None}
        langs = Counter(k["lang"] for k in self.cases)
        its = Counter(r["expect"]["intent"] for r in rows)
        print("cases %d" % n)
        print("escalate %d (%.1f%%)" % (esc, 100.0 * esc / n))
        print("other languages %d (%.1f%%): %s" % (other, 100.0 * other / n,
              ", ".join("%s %d" % kv for kv in langs.most_common() if kv[0] not in self.english)))
        for tag, label in self.variants.items():
            print("english %d, of which %s %d (with %s as other: %.1f%%)" % (
                  n - other, label, langs[tag], label, 100.0 * (other + langs[tag]) / n))
        op = sum(bool(k.get("opener")) for k in self.cases)
        print("multi-turn %d (%.1f%%), of which %d only open with a greeting" % (multi, 100.0 * multi / n, op))
        print("intents: " + ", ".join("%s %d" % kv for kv in its.most_common()))
        print("articles used %d of %d; unused: %s" % (len(used), len(arts), sorted(set(arts) - used)))
        if article_counts:
            counts = Counter(r["expect"]["article"] for r in rows if r["expect"]["article"])
            print("articles: " + ", ".join("%s %d" % kv for kv in counts.most_common()))
        print("article null %d" % sum(r["expect"]["article"] is None for r in rows))
        if kb_line:
            print("KB: %d articles, %d products, %d orders, %d customers" % (
                  len(arts), len(products), len(orders), len(customers)))
