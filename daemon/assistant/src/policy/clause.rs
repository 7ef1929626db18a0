//! One English clause read as a frame: who is asked for ("can I talk to a
//! person", "can a human confirm"), what is to be done to an order
//! ("please cancel 1042"), money back, an account problem, and whether the
//! clause asks, wants or only wonders. `assess` reads each clause of a
//! line with it; the word rules beside it read the whole line.

use super::lexicon::*;

/// Words after "talk to" or before "help me" that are not one of the
/// shop's people: the assistant, the customer, things.
const NOT_A_ROLE: &[&str] = &[
    "you",
    "u",
    "it",
    "this",
    "that",
    "them",
    "him",
    "her",
    "bot",
    "chatbot",
    "ai",
    "assistant",
    "robot",
    "machine",
    "computer",
    "me",
    "myself",
    "about",
    "app",
    "website",
    "site",
    "page",
    "chat",
    "form",
    "link",
    "code",
    "someone",
    "somebody",
    "anyone",
    "anybody",
];

pub(super) struct Clause<'a> {
    pub(super) w: &'a [String],
}

impl<'a> Clause<'a> {
    pub(super) fn new(w: &'a [String]) -> Self {
        Self { w }
    }

    pub(super) fn has(&self, set: &[&str]) -> bool {
        self.w.iter().any(|x| set.contains(&x.as_str()))
    }

    pub(super) fn pos(&self, set: &[&str]) -> Option<usize> {
        self.w.iter().position(|x| set.contains(&x.as_str()))
    }

    pub(super) fn has_phrase(&self, phrase: &[&str]) -> bool {
        self.phrase_at(phrase).is_some()
    }

    /// Where `phrase` starts among the clause's words.
    pub(super) fn phrase_at(&self, phrase: &[&str]) -> Option<usize> {
        self.w
            .windows(phrase.len())
            .position(|win| win.iter().zip(phrase).all(|(a, b)| a == b))
    }

    /// First meaningful word, skipping interjections and politeness.
    pub(super) fn head(&self) -> usize {
        self.w
            .iter()
            .position(|x| {
                !matches!(
                    x.as_str(),
                    "please"
                        | "ok"
                        | "okay"
                        | "hey"
                        | "hi"
                        | "hello"
                        | "so"
                        | "and"
                        | "then"
                        | "well"
                        | "just"
                        | "oh"
                        | "um"
                        | "hmm"
                        | "hm"
                        | "mm"
                        | "uh"
                        | "ah"
                        | "yes"
                        | "yeah"
                        | "right"
                        | "anyway"
                        | "anyways"
                        | "whatever"
                        | "fine"
                        | "also"
                        | "alright"
                        | "now"
                        | "forget"
                        | "nevermind"
                        | "great"
                        | "perfect"
                        | "cool"
                        | "thanks"
                        | "excellent"
                )
            })
            .unwrap_or(0)
    }

    pub(super) fn negated_before(&self, idx: usize) -> bool {
        self.w[..idx.min(self.w.len())]
            .iter()
            .any(|x| NEGATION.contains(&x.as_str()))
    }

    pub(super) fn person_noun(&self) -> Option<usize> {
        if let Some(i) = self.pos(PERSON) {
            return Some(i);
        }
        // "a real/live/actual customer service agent" has a person noun
        // already; "talk to customer service / support" names the function,
        // which in a request frame means its people.
        self.pos(SUPPORT).or_else(|| self.role_spoken_to())
    }

    /// "Can a human confirm it's gone?", "could a pharmacist help me
    /// choose?": a person asked to do something for the customer, as the
    /// subject of a request. One of the team by name does anything; a
    /// role the shop has (whatever it is called) helps, calls or advises
    /// the customer.
    pub(super) fn person_as_subject(&self) -> bool {
        // Anyone at all ("can a person under 18 order?") is not the team.
        const ANYONE: &[&str] = &[
            "person",
            "people",
            "someone",
            "somebody",
            "anyone",
            "anybody",
            "individual",
            "man",
            "woman",
            "lady",
            "guy",
        ];
        const FOR_ME: &[&str] = &["help", "call", "phone", "ring", "contact", "advise"];
        let h = self.head();
        if !self.w.get(h).is_some_and(|x| MODAL.contains(&x.as_str())) {
            return false;
        }
        let Some(n) = self.noun_after(h + 1) else {
            return false;
        };
        let noun = self.w[n].as_str();
        let (Some(verb), object) = (self.w.get(n + 1), self.w.get(n + 2)) else {
            return false;
        };
        let team = PERSON.contains(&noun) && !ANYONE.contains(&noun);
        (team && !matches!(verb.as_str(), "be" | "is" | "are"))
            || (n > h + 1
                && FOR_ME.contains(&verb.as_str())
                && object.is_some_and(|o| matches!(o.as_str(), "me" | "us"))
                && !NOT_A_ROLE.contains(&noun))
    }

    /// "Can I talk to the watchmaker", "could I speak with your trainer":
    /// whoever one talks to is a person, whatever the shop calls their
    /// role. Not the assistant itself ("can I talk to you about returns").
    pub(super) fn role_spoken_to(&self) -> Option<usize> {
        let role = self.spoken_to()?;
        (!NOT_A_ROLE.contains(&self.w[role].as_str())).then_some(role)
    }

    /// Whom "talk to" / "speak with" is about: the noun after it.
    fn spoken_to(&self) -> Option<usize> {
        let t = self.pos(TALK)?;
        if !matches!(self.w.get(t + 1).map(String::as_str), Some("to" | "with")) {
            return None;
        }
        self.noun_after(t + 2)
    }

    /// The first word from `from` on that is not a determiner ("the",
    /// "one of your", "a real"): the noun a phrase is about.
    fn noun_after(&self, from: usize) -> Option<usize> {
        self.w
            .get(from..)?
            .iter()
            .position(|x| {
                !matches!(
                    x.as_str(),
                    "a" | "an"
                        | "the"
                        | "one"
                        | "of"
                        | "your"
                        | "ur"
                        | "real"
                        | "actual"
                        | "live"
                        | "living"
                )
            })
            .map(|i| from + i)
    }

    /// A wh-question (or how-question about channels) seeking information.
    pub(super) fn info_seeking(&self) -> bool {
        let h = self.head();
        let first = self.w.get(h).map(String::as_str).unwrap_or("");
        let wh = INFO_WH.contains(&first)
            || (first == "how"
                && self.w.get(h + 1).is_some_and(|n| {
                    matches!(
                        n.as_str(),
                        "long" | "late" | "early" | "many" | "much" | "soon" | "quickly" | "fast"
                    )
                }));
        let contact_how = first == "how" && !self.has(TALK) && self.has(CONTACT);
        // "is there an agent available now?" asks for one, not about one.
        let asks_now = (self.has_phrase(&["is", "there"]) || self.has_phrase(&["are", "there"]))
            && self.has(&["now"]);
        // "is there a sales manager email": the address, a noun; "is
        // there someone I can email" asks for someone to write to.
        let email_noun = self.w.iter().enumerate().any(|(i, x)| {
            matches!(x.as_str(), "email" | "e-mail")
                && !(i > 0 && matches!(self.w[i - 1].as_str(), "can" | "could" | "to" | "i" | "we"))
        });
        let topic_question = (self.has(INFO_TOPIC) || email_noun)
            && !asks_now
            && (first == "do" || first == "does" || first == "is" || first == "are" || wh);
        wh || contact_how || topic_question || self.has_phrase(&["is", "there", "a", "phone"])
    }

    pub(super) fn wants_person(&self) -> bool {
        // "Before you pass me on to anyone, I don't need a person": the
        // hand-over foreseen, to head it off.
        if self.foresees_handover() {
            return false;
        }
        if self.person_as_subject() && !self.info_seeking() {
            return true;
        }
        // Asking to be phoned, with no person named, is `callback`'s.
        let Some(p) = self.person_noun() else {
            return false;
        };
        if self.info_seeking() {
            return false;
        }
        let frame = self.desire_frame()
            || self.modal_frame()
            || self.imperative_frame()
            || self.existence_frame();
        let fragment = self.w.len() <= 5
            && PERSON.contains(&self.w[p].as_str())
            && self.w.iter().all(|x| {
                FILLER.contains(&x.as_str())
                    || PERSON.contains(&x.as_str())
                    || SUPPORT.contains(&x.as_str())
                    || DESIRE.contains(&x.as_str())
                    || matches!(x.as_str(), "customer" | "talk" | "speak")
            });
        // The person must be the one asked for: a talk/contact/route/help
        // verb ("can someone help me") or a desire with the person as its
        // object ("I want a human"). "Can I return what someone gave me"
        // has a frame and a person but no such verb.
        let verb = self.has(TALK)
            || self.has(CONTACT)
            || self.has(ROUTE)
            || self.has(&["transferred", "connected", "forwarded", "passed"])
            || self.has(&["help", "assist", "look", "check", "deal", "handle"])
            // "Is there a real person I can ask about my brooch?"
            || (self.existence_frame() && self.has(&["ask"]));
        !self.negated_before_person(p) && (fragment || (frame && (verb || self.desire_frame())))
    }

    /// "I don't need a person", "when is your team available?": a person
    /// named, but not asked for.
    pub(super) fn declines_person(&self) -> bool {
        let Some(p) = self.person_noun() else {
            return false;
        };
        // "do your agents speak German?": a yes/no question about the team.
        let h = self.head();
        let about_team = matches!(
            self.w.get(h).map(String::as_str),
            Some("do" | "does" | "are" | "is" | "will")
        ) && matches!(
            self.w.get(h + 1).map(String::as_str),
            Some("your" | "the" | "all")
        ) && (p == h + 2 || p == h + 3);
        self.negated_before_person(p) || self.info_seeking() || about_team
    }

    /// Negation before the person noun ("I don't need a human"), except
    /// the rhetorical inverted question "can't I just talk to a human?".
    pub(super) fn negated_before_person(&self, p: usize) -> bool {
        let h = self.head();
        self.w[..p.min(self.w.len())]
            .iter()
            .enumerate()
            .any(|(i, x)| {
                let rhetorical = x == "not"
                    && i == h + 1
                    && self
                        .w
                        .get(h)
                        .is_some_and(|m| MODAL.contains(&m.as_str()) || m == "do");
                NEGATION.contains(&x.as_str()) && !rhetorical
            })
    }

    /// "I want / I'd like / I need / I would rather ..." with a first-person
    /// subject.
    pub(super) fn desire_frame(&self) -> bool {
        self.w.windows(2).any(|win| {
            matches!(win[0].as_str(), "i" | "we" | "would" | "d")
                && DESIRE.contains(&win[1].as_str())
        }) || self.w.windows(3).any(|win| {
            matches!(win[0].as_str(), "i" | "we")
                && matches!(
                    win[1].as_str(),
                    "would" | "really" | "just" | "do" | "still"
                )
                && DESIRE.contains(&win[2].as_str())
        }) || self
            .w
            .windows(2)
            // "I'm gonna need staff for this"
            .any(|win| win[0] == "gonna" && DESIRE.contains(&win[1].as_str()))
    }

    /// "I want to talk to them", "can I speak with him": someone the line
    /// named before, by a pronoun, asked to be talked to. Only the caller
    /// knows whether an earlier clause named a person.
    pub(super) fn talks_to_pronoun(&self) -> bool {
        let talked_to = self
            .spoken_to()
            .is_some_and(|i| matches!(self.w[i].as_str(), "them" | "him" | "her"));
        talked_to && (self.desire_frame() || self.modal_frame()) && !self.has(NEGATION)
    }

    /// "can you / could I / would someone / is it possible to ...".
    pub(super) fn modal_frame(&self) -> bool {
        let h = self.head();
        let starts_modal = self.w.get(h).is_some_and(|x| MODAL.contains(&x.as_str()));
        starts_modal
            || self.has_phrase(&["is", "it", "possible"])
            || self.has_phrase(&["i", "would", "appreciate"])
            || self.polite_if()
            || self.has_phrase(&["have", "someone"])
            || self.has_phrase(&["how", "can", "i", "talk"])
            || self.has_phrase(&["how", "can", "i", "speak"])
            || self.has_phrase(&["how", "do", "i", "talk"])
            || self.has_phrase(&["how", "do", "i", "speak"])
    }

    /// "get me a human", "put me through", "talk to a person", "let me
    /// speak to ...": the clause opens with a verb.
    pub(super) fn imperative_frame(&self) -> bool {
        let h = self.head();
        let Some(first) = self.w.get(h) else {
            return false;
        };
        let first = first.as_str();
        (ROUTE.contains(&first) || TALK.contains(&first) || first == "let" || first == "have")
            && !matches!(first, "get" if self.w.get(h + 1).is_some_and(|n| !matches!(n.as_str(), "me" | "us" | "a" | "an" | "someone" | "somebody" | "the" | "your" | "some")))
    }

    /// "is there a person I can talk to", "are there any humans here".
    pub(super) fn existence_frame(&self) -> bool {
        (self.has_phrase(&["is", "there"])
            || self.has_phrase(&["are", "there"])
            || self.has_phrase(&["any", "chance"]))
            && (self.has(TALK) || self.has(&["here", "there"]))
    }

    pub(super) fn order_change(&self) -> bool {
        let Some(a) = self.pos(ORDER_ACTION) else {
            return self.money_back_request();
        };
        // "cancel order policy?": the rule, not the act.
        if self.info_seeking() || self.conditional() || self.has(&["policy", "policies", "rules"]) {
            return false;
        }
        // The action must apply to something specific: "my order", "order
        // 1042", "it", "me" - not "an order" or "orders" in general.
        let specific = self.specific_object(a);
        // "an update on my order" is a noun, not a request to update.
        // "my order is on hold" is its state.
        if a > 0 && matches!(self.w[a - 1].as_str(), "a" | "an" | "any" | "the" | "on") {
            return self.money_back_request();
        }
        // "the data you hold on me": held, not an order held back.
        if self.w[a] == "hold"
            && self
                .w
                .get(a + 1)
                .is_some_and(|n| matches!(n.as_str(), "on" | "about" | "of"))
        {
            return self.money_back_request();
        }
        let frame = self.desire_frame()
            || self.modal_frame()
            || self.imperative_frame()
            || a == self.head()
            || (a > 0 && matches!(self.w[a - 1].as_str(), "please" | "pls" | "plz"))
            || self.has_phrase(&["how", "do", "i"])
            || self.has_phrase(&["how", "can", "i"]);
        // Account data ("change my email") is the account rule's business.
        let account = self.has(&["account", "email", "password", "username", "login"])
            && !self.has(&["order", "orders"]);
        frame && specific && !account && !self.negated_before(a)
    }

    /// "Can you send a new set", "I want a replacement", "can you send
    /// 1042 to my new address", "wrong postcode on 1042, pls fix it": the
    /// customer asks for something to be sent again or elsewhere, which
    /// only staff can do. Not a question about whether or how it is done
    /// ("do you send a new one if it breaks?").
    pub(super) fn reship_request(&self) -> bool {
        if self.info_seeking() || self.conditional() || self.has(&["if", "when", "whether"]) {
            return false;
        }
        let frame = self.desire_frame()
            || self.modal_frame()
            || self.imperative_frame()
            || self.has(&["please", "pls", "plz"]);
        let send = self.has(&["send", "resend", "ship", "deliver", "redirect"]);
        let again = self.has(&[
            "new",
            "another",
            "replacement",
            "right",
            "correct",
            "missing",
            "rest",
            "others",
        ]);
        let replacement = self.has(&["replacement", "replace"]) && self.desire_frame();
        // An e-mail address or the account's is the account rule's.
        let place = self.has(&["address", "postcode", "zip", "postal"])
            && !self.has(&["email", "e", "mail", "account"]);
        let fix = self.has(&["fix", "correct", "change"]);
        let specific = self.has(&["it", "my", "them", "this"])
            || self.w.iter().any(|x| crate::orders::number_like(x));
        // "can you send it to my office instead": sent elsewhere.
        // Only of a parcel named ("it", its number): "can you deliver to
        // my door instead of a locker" asks what the shop offers.
        let named =
            self.has(&["it", "them"]) || self.w.iter().any(|x| crate::orders::number_like(x));
        let elsewhere = self.has(&["instead"]) && named && !self.asks_own_way();
        frame
            && ((send && (again || place || elsewhere) && specific)
                || replacement
                || (place && fix && specific))
    }

    /// "I want my money back", "I'd like a refund".
    pub(super) fn money_back_request(&self) -> bool {
        // "can I get the difference back?" after a price drop asks for
        // money as much as "I want a refund" does.
        let asks = self.desire_frame()
            || self.modal_frame()
            || self.imperative_frame()
            || [
                ["can", "i"],
                ["could", "i"],
                ["can", "you"],
                ["could", "you"],
            ]
            .iter()
            .any(|p| self.has_phrase(p));
        let difference =
            self.has(&["difference"]) && self.has(&["back", "refund", "refunded"]) && asks;
        let general = matches!(
            self.w.get(self.head()).map(String::as_str),
            Some("how" | "what" | "does" | "do" | "is" | "are")
        );
        if difference && !general && !self.info_seeking() && !self.conditional() {
            return true;
        }
        (self.has_phrase(&["money", "back"]) || self.has(&["refund"]))
            && self.desire_frame()
            && !self.info_seeking()
            && !self.conditional()
    }

    pub(super) fn conditional(&self) -> bool {
        // "Whenever", "at any time", "after ordering": a time in general,
        // so a question about what the rules allow, not about one order.
        (self.has(&["if"]) && !self.polite_if())
            || self.once_as_when()
            || self.has(&[
                "whether",
                "policy",
                "allowed",
                "possible?",
                "whenever",
                "anytime",
            ])
            || self.has_phrase(&["after", "it"])
            || self.has_phrase(&["at", "any", "time"])
            || self.has_phrase(&["after", "ordering"])
            || self.has_phrase(&["after", "placing"])
            || self.has_phrase(&["an", "order"])
            || self.has_phrase(&["is", "there", "a", "fee"])
    }

    /// "once it ships", "once I've paid": "once" as "when". Not "you
    /// replaced it once already", "remade once under the guarantee": one
    /// time, which a case that went wrong says.
    pub(super) fn once_as_when(&self) -> bool {
        self.w.windows(2).any(|win| {
            win[0] == "once"
                && matches!(
                    win[1].as_str(),
                    "i" | "you"
                        | "we"
                        | "it"
                        | "they"
                        | "he"
                        | "she"
                        | "the"
                        | "my"
                        | "your"
                        | "our"
                        | "this"
                        | "that"
                        | "a"
                        | "an"
                        | "its"
                        | "their"
                        | "ive"
                        | "ve"
                        | "everything"
                )
        })
    }

    /// "before you pass me on to someone", "before you transfer me": a
    /// hand-over the customer sees coming.
    pub(super) fn foresees_handover(&self) -> bool {
        self.w.windows(2).enumerate().any(|(i, win)| {
            win[0] == "before"
                && win[1] == "you"
                && self.w[i + 2..(i + 5).min(self.w.len())]
                    .iter()
                    .any(|x| ROUTE.contains(&x.as_str()))
        })
    }

    /// "can I ...", "how do I ...": what the customer may do, asked.
    pub(super) fn asks_own_way(&self) -> bool {
        self.has_phrase(&["can", "i"]) || self.has_phrase(&["could", "i"]) || self.has(&["how"])
    }

    /// "I'd be grateful if someone could ...", "I'd appreciate it if you
    /// could ...": a request put politely, not a condition.
    pub(super) fn polite_if(&self) -> bool {
        self.w.windows(2).any(|win| {
            win[1] == "if"
                && matches!(
                    win[0].as_str(),
                    "grateful" | "thankful" | "great" | "lovely" | "helpful" | "kind"
                )
        }) || self.has_phrase(&["appreciate", "it", "if"])
    }

    pub(super) fn specific_object(&self, action: usize) -> bool {
        let tail = &self.w[action..];
        let has_id = self.w.iter().any(|x| crate::orders::number_like(x));
        has_id
            || tail.windows(2).any(|win| {
                matches!(win[0].as_str(), "my" | "this" | "that" | "the" | "our")
                    && ORDER_NOUN.contains(&win[1].as_str())
            })
            // "my ski rental reservation", "my sofa order": the thing
            // named before the order noun, asked of the shop ("can I move
            // my pallet delivery?", "how do I cancel my eye test
            // booking?" ask what the customer may do).
            || (!self.asks_own_way() && tail.windows(4).any(|win| {
                matches!(win[0].as_str(), "my" | "our")
                    && win[2..].iter().any(|x| {
                        matches!(
                            x.as_str(),
                            "order" | "reservation" | "booking" | "rental" | "parcel" | "delivery"
                        )
                    })
            }))
            || tail.iter().skip(1).take(2).any(|x| {
                matches!(
                    x.as_str(),
                    "it" | "me" | "this" | "that" | "them" | "everything"
                )
            })
            || (self.w[action].starts_with("refund") && self.desire_frame())
            // "exchange the earbuds for the black ones, same order"
            || self.has_phrase(&["same", "order"])
    }

    pub(super) fn account_problem(&self) -> bool {
        if self.has(SECURITY) && !self.info_seeking_about_security() {
            return true;
        }
        if self.has_phrase(&["someone", "else"])
            && self.has(&["account", "logged", "ordered", "used", "using"])
        {
            return true;
        }
        // "two orders in my account that aren't mine", "a charge I don't
        // recognise": someone else at work in the account.
        let theirs = self.has_phrase(&["not", "mine"])
            || self.has_phrase(&["not", "recognise"])
            || self.has_phrase(&["not", "recognize"])
            || self.has_phrase(&["did", "not", "order"]);
        if theirs && self.has(&["order", "orders", "account", "charge", "charges", "payment"]) {
            return true;
        }
        if self.has_phrase(&["did", "not", "place"])
            || self.has_phrase(&["did", "not", "make", "this"])
            || self.has_phrase(&["never", "placed"])
        {
            return true;
        }
        if self.has_phrase(&["locked", "out"]) {
            return true;
        }
        let about_access = self.has(&[
            "log", "login", "sign", "access", "password", "account", "reset",
        ]);
        if about_access && self.has(FAIL) && self.has(TRIED) {
            return true;
        }
        // A request (not a how-to question) to change or delete account data.
        const CHANGE: &[&str] = &[
            "change", "update", "delete", "remove", "close", "merge", "transfer", "correct",
        ];
        let change = self.has(CHANGE);
        let data = self.has(ACCOUNT_NOUN) && !self.has(&["password"]);
        let imperative = self.pos(CHANGE).is_some_and(|c| {
            c == self.head()
                || (c > 0 && matches!(self.w[c - 1].as_str(), "please" | "pls" | "plz"))
        });
        let howto = self.w.get(self.head()).is_some_and(|x| {
            matches!(
                x.as_str(),
                "how" | "where" | "what" | "can" | "is" | "do" | "does"
            )
        });
        change
            && data
            && (imperative
                || self.desire_frame()
                || self.imperative_frame()
                || self.has_phrase(&["can", "you"])
                || self.has_phrase(&["could", "you"]))
            && !howto_only(howto, self)
    }

    /// Money taken twice is staff's to put right (a payment matter, not
    /// the account's).
    pub(super) fn charged_twice(&self) -> bool {
        self.has_phrase(&["charged", "twice"]) || self.has_phrase(&["double", "charged"])
    }

    pub(super) fn info_seeking_about_security(&self) -> bool {
        let first = self.w.get(self.head()).map(String::as_str).unwrap_or("");
        matches!(first, "how" | "what" | "do" | "does") && !self.has(&["my"])
    }
}

fn howto_only(howto: bool, c: &Clause<'_>) -> bool {
    howto && !c.has_phrase(&["can", "you"]) && !c.has_phrase(&["could", "you"])
}
