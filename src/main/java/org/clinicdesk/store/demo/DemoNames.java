package org.clinicdesk.store.demo;

import java.util.List;
import java.util.Random;

/** Synthetic Indian names in Latin, Devanagari, Kannada, Telugu and Urdu script. Invented combinations only. */
final class DemoNames {
    private static final List<String> LATIN_GIVEN = List.of(
            "Aarav", "Priya", "Rahul", "Anita", "Sunita", "Lakshmi", "Laxmi", "Mohammed", "Mohammad", "Muhammad",
            "Fatima", "Ayesha", "Venkatesh", "Srinivas", "Kavya", "Manjunath", "Anusha", "Sridevi", "Ramesh",
            "Padma", "Sai", "Divya", "Harish", "Meena", "Arjun", "Deepa", "Imran", "Zainab", "Suresh", "Rekha",
            "Naveen", "Pooja", "Kiran", "Shalini", "Ravi", "Nandini", "Abdul", "Sana", "Gopal", "Bhavana");
    private static final List<String> LATIN_FAMILY = List.of(
            "Sharma", "Verma", "Gupta", "Singh", "Rao", "Reddy", "Naidu", "Gowda", "Hegde", "Shetty", "Nayak",
            "Khan", "Ahmed", "Begum", "Iyer", "Iyengar", "Menon", "Pillai", "Chowdary", "Kumar", "Patil",
            "Kulkarni", "Desai", "Joshi", "Siddiqui", "Qureshi", "Varma", "Murthy", "Prasad", "Bhat");
    private static final List<String> DEVANAGARI_GIVEN = List.of(
            "आरव", "प्रिया", "राहुल", "अनीता", "सुनीता", "लक्ष्मी", "मोहम्मद", "दीपा", "अर्जुन", "पूजा");
    private static final List<String> DEVANAGARI_FAMILY = List.of(
            "शर्मा", "वर्मा", "गुप्ता", "सिंह", "यादव", "जोशी", "कुमार");
    private static final List<String> KANNADA_GIVEN = List.of(
            "ಲಕ್ಷ್ಮಿ", "ಶ್ರೀನಿವಾಸ", "ಕಾವ್ಯ", "ಮಂಜುನಾಥ", "ಅನುಷಾ", "ನಂದಿನಿ", "ರವಿ", "ದಿವ್ಯ");
    private static final List<String> KANNADA_FAMILY = List.of(
            "ರಾವ್", "ಗೌಡ", "ಹೆಗ್ಡೆ", "ಶೆಟ್ಟಿ", "ನಾಯಕ್", "ಭಟ್");
    private static final List<String> TELUGU_GIVEN = List.of(
            "వెంకట", "శ్రీదేవి", "రమేష్", "పద్మ", "సాయి", "సురేష్", "భావన", "కిరణ్");
    private static final List<String> TELUGU_FAMILY = List.of(
            "రెడ్డి", "నాయుడు", "చౌదరి", "రావు", "కుమార్", "వర్మ");
    private static final List<String> URDU_GIVEN = List.of(
            "محمد", "فاطمہ", "سید", "عائشہ", "عمران", "زینب", "ثنا");
    private static final List<String> URDU_FAMILY = List.of(
            "عارف", "بیگم", "احمد", "خان", "صدیقی", "قریشی");

    private DemoNames() {
    }

    /** About four names in five in Latin script, the rest spread over the four Indian scripts. */
    static String name(Random random) {
        int script = random.nextInt(20);
        return switch (script) {
            case 16 -> pick(random, DEVANAGARI_GIVEN) + " " + pick(random, DEVANAGARI_FAMILY);
            case 17 -> pick(random, KANNADA_GIVEN) + " " + pick(random, KANNADA_FAMILY);
            case 18 -> pick(random, TELUGU_GIVEN) + " " + pick(random, TELUGU_FAMILY);
            case 19 -> pick(random, URDU_GIVEN) + " " + pick(random, URDU_FAMILY);
            default -> latin(random);
        };
    }

    private static String latin(Random random) {
        String given = pick(random, LATIN_GIVEN);
        String family = pick(random, LATIN_FAMILY);
        return switch (random.nextInt(10)) {
            case 0 -> given.charAt(0) + ". " + family;          // "K. Rao"
            case 1 -> given + " " + (char) ('A' + random.nextInt(26)) + ". " + family;
            default -> given + " " + family;
        };
    }

    static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
