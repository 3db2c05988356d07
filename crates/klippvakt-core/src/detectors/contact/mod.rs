//! Contact details: personal e-mail addresses (not role mailboxes), phone numbers of people
//! (not switchboards), home addresses and public IP addresses (not a server's, a port's or
//! a firewall's, unless a user is named beside it).

mod address;
mod email;
mod ip;
mod phone;

pub(crate) use address::AddressDetector;
pub(crate) use email::EmailDetector;
pub(crate) use ip::{Ipv4Detector, Ipv6Detector};
pub(crate) use phone::PhoneDetector;

#[cfg(test)]
mod tests {
    finds! {
        private_mail: "svara till johan.bergstrom77@hotmail.com idag" => [Email];
        named_work_mail: "skriv till linnea.forsberg@norrby.se" => [Email];
        first_name_mail: "maila anna@norrby.se" => [Email];
        role_mailbox: "kontaktcenter@norrby.se eller registrator@norrby.se" => [];
        template_address: "Adressen är fornamn.efternamn@norrby.se för alla anställda." => [];
        template_address_with_a_latin_letter: "Skriv förnamn.efternamn@norrby.se" => [];
        template_name: "namn.namnsson@norrby.se eller firstname.lastname@norrby.se" => [];
        name_like_a_template_word: "svara anna.efterberg@norrby.se" => [Email];
        unit_mailbox: "synpunkter till samhallsbyggnad@norrby.se" => [];
        token_in_url_is_no_mailbox: "https://abc_123@github.com/x" => [];
        mobile_dash: "ring 070-412 88 31" => [Phone];
        mobile_plus46: "nummer +46 73 555 12 09." => [Phone];
        mobile_four_digit_prefix: "tel. 0702-33 44 55" => [Phone];
        mobile_0046_after_a_number: "kundnr 48812093 tel 0046 70 412 88 31" => [Phone];
        mobile_inside_a_group: "rum 12 070-412 88 31, ärende 8210304455" => [Phone];
        switchboard: "växeln 0910-73 50 00" => [];
        fault_line: "Felanmälan dygnet runt: 0910-73 52 00." => [];
        reception_landline: "Telefon 0910-73 56 00, e-post" => [];
        direct_line: "Direkt: 0910-73 58 21" => [Phone];
        home_line: "Hemtelefon: 08-123 456 78" => [Phone];
        home_line_short: "Hemtel 031-12 34 56" => [Phone];
        home_line_after_tel: "Tel hem: 0910-123 45" => [Phone];
        home_number: "Ring hemnumret 08-123 456 78 efter fem." => [Phone];
        home_page_is_no_home_line: "Hemsida: www.norrby.se, telefon 0910-73 50 00" => [];
        amounts_are_no_phones: "1 240 kr och 0,5 m" => [];
        home_address: "Storgatan 14 lgh 1102, 871 30 Norrby" => [PostalAddress];
        lives_at: "jag bor på Granvägen 22 i Sörby" => [PostalAddress];
        resident_at: "Sökanden är bosatt på Norra Järnvägsgatan 12 B, 931 35 Skellefteå." => [PostalAddress];
        household_at: "Klagomål: Familjen på Björkvägen 7 eldar sopor." => [PostalAddress];
        neighbour_at: "grannen på Storgatan 14 B spelar hög musik" => [PostalAddress];
        public_building: "Stadsbiblioteket, Torggatan 5, 871 30 Norrby." => [];
        public_ip: "IP-adress 83.250.14.201 loggades" => [IpAddress];
        server_ips: "RDP är öppet på 194.71.12.40 port 3389.\nServerns DNS är 8.8.8.8." => [];
        user_through_a_vpn: "Användaren loggade in via VPN från 83.249.17.102." => [IpAddress];
        user_on_another_line: "Servern: 194.71.12.40\nuser=l.forsberg ip=94.254.17.88" => [IpAddress];
        private_ip: "routern 192.168.1.1" => [];
        version_string: "version 4.2.1.10" => [];
        section_numbers: "punkt 4.2.3" => [];
        ipv6: "från 2a02:aa1:1015:4a2f::1 igår" => [IpAddress];
        documentation_ipv6: "2001:db8::1" => [];
        clock_times: "10:30:45" => [];
    }
}
