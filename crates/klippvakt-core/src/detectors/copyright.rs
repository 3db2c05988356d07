//! Copyright markers: ©, "Copyright 2024", "(c) 2019", "Copyright Liber AB", "All rights
//! reserved", "Alla rättigheter förbehållna", "Eftertryck förbjudet", "får inte
//! återpubliceras". A question about copyright or a licence in general carries no marker,
//! nor does a marker quoted on its own to ask about it ('Vad betyder "All rights
//! reserved"?').

use crate::category::{Category, InfoClass};
use crate::finding::{DetectorId, Finding};
use crate::registry::{compile, BuildError, Detector, Reach, Scan};
use regex::{Match, Regex};

/// Copyright markers.
pub(crate) struct CopyrightDetector {
    marker: Regex,
}

impl CopyrightDetector {
    pub(crate) fn new() -> Result<Self, BuildError> {
        Ok(Self {
            marker: compile(
                "copyright",
                r"©|(?-u:\b)copyright(?:\s*(?:©|\(c\)|[0-9]{4})|\s+(?:[a-zåäö&]+\s+){1,3}(?:ab|inc|ltd|llc|gmbh|förlag)(?-u:\b))|\(c\)\s*(?:19|20)[0-9][0-9]|all rights reserved|alla rättigheter förbehållna|eftertryck(?:\s+och\s+\w+)?\s+(?:är\s+)?förbjud\w*|(?:får|may)\s+(?:inte|ej|not)\s+(?:återpubliceras|mångfaldigas|reproduceras|be reproduced)|skyddad?t?\s+enligt\s+upphovsrättslagen",
            )?,
        })
    }
}

impl Detector for CopyrightDetector {
    fn trigger_words(&self) -> &[&'static str] {
        &[
            "*©*",
            "copyright*",
            "*(c)*",
            "rights reserved*",
            "rättigheter*",
            "eftertryck*",
            "återpubliceras*",
            "mångfaldigas*",
            "reproduc*",
            "upphovsrättslagen*",
        ]
    }

    fn detect(&self, scan: &Scan<'_>, out: &mut Vec<Finding>) {
        // "får inte återpubliceras": the trigger word may end the marker.
        let reach = Reach {
            before: 32,
            after: 48,
        };
        let near = scan.near_triggers(reach);
        let text = scan.text;
        let quoted = |m: &Match<'_>| {
            text[..m.start()].ends_with(['"', '“', '”', '\'', '‘', '’', '«'])
                && text[m.end()..].starts_with(['"', '”', '\'', '’', '»'])
        };
        let markers = near.search::<Match>(&self.marker, scan.folded);
        out.extend(markers.filter(|m| !quoted(m)).map(|m| {
            Finding::new(
                DetectorId::Copyright,
                Category::Copyright,
                InfoClass::K0,
                m.start(),
                m.end(),
                0.9,
            )
        }));
    }
}

#[cfg(test)]
mod tests {

    categories! {
        symbol: "© Norrbygdens Tidning 2025." => [Copyright];
        source_header: "Copyright (c) 2019-2023 Kartverktyg Nord AB. All rights reserved." => [Copyright];
        swedish_notice: "Alla rättigheter förbehållna." => [Copyright];
        no_reproduction: "Eftertryck och kopiering förbjudet utan skriftligt medgivande." => [Copyright];
        question_about_licences: "Vad innebär licensen CC BY-SA 4.0 och hur anges bildkällan?" => [];
        question_about_copyright: "Får vi använda bilder om copyright saknas?" => [];
        quoted_marker_asked_about: "What does \"all rights reserved\" mean on a photo? Och ’Alla rättigheter förbehållna’?" => [];
        holder_after_copyright: "Texten är hämtad ur boken \"Socialrätt\". Copyright Liber AB." => [Copyright];
        copyright_in_a_sentence: "Kommunen äger copyright till bilderna och kan ge tillstånd." => [];
        quoted_notice: "Förenkla: \"All rights reserved. No part may be reproduced.\"" => [Copyright];
    }
}
