package org.blohub.adapters.canonical;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Canonical messages for the scenarios of USERS.md, shared by the tests of every module (published in
 * the adapters test jar). All people, vehicles and cases are invented. Each message is valid at
 * {@link #CLOCK}.
 */
public final class SampleMessages {

    /** The moment the samples are valid at: 28 November 2026, 10:00 in Bangkok. */
    public static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    public static final String MAE_SAI_REQUEST_ID = "01M8G0E0K07Q3XKD9R2N5BWHAA";
    public static final String TACHILEIK_RESPONSE_ID = "01M8G17MX0C4HZ8PV6T2RJ9QMB";
    public static final String HOUAYXAY_SEIZURE_ID = "01M8FNG9603K7W1DZ5XGQ8YVNE";
    public static final String BAVET_ALERT_ID = "01M8G1GSW0F2M6B9RT4HXK7CPD";

    public static final String KHMER_NAME = "ចាន់ ដារ៉ា";
    public static final String THAI_NAME = "นายสมชาย ใจดี";
    public static final String LAO_COMMODITY = "ເກັດລີ່ນ";

    private SampleMessages() {
    }

    /**
     * Scenario 1: Mae Sai asks Tachileik, FLASH, H2 with its restriction text, reply within two hours,
     * about a pickup driver caught with 120,000 methamphetamine tablets. Posted by the Thai case system.
     */
    public static LiaisonMessage maeSaiVehicleCheckRequest() {
        Instant created = Instant.parse("2026-11-28T02:41:00Z");
        Person driver = Person.named(PersonRole.DRIVER, THAI_NAME)
                .withNameLatin("Somchai Jaidee")
                .withBirthDate(LocalDate.of(1988, 3, 12))
                .withSex(Sex.MALE)
                .withNationality("THA")
                .withDocuments(List.of(IdentityDocument.of(DocumentKind.PASSPORT, "AA1234567", "THA")));
        Person associate = Person.named(PersonRole.ASSOCIATE, "Aung Ko Ko").withNationality("MMR");
        Vehicle pickup = new Vehicle("บต 4521 เชียงราย", Optional.of("THA"), Optional.of("Toyota Hilux"), Optional.of("white"));
        Seizure tablets = new Seizure("methamphetamine tablets", Optional.of("ยาบ้า"), Optional.of("ATS"),
                new BigDecimal("120000"), "tablet", Optional.of("Mae Sai, Chiang Rai"),
                Optional.of(LocalDate.of(2026, 11, 27)), Optional.of(1));
        return LiaisonMessage.builder()
                .id(MAE_SAI_REQUEST_ID)
                .conversationId(MAE_SAI_REQUEST_ID)
                .from("TH-MAESAI")
                .to("MM-TACHILEIK")
                .kind(MessageKind.REQUEST)
                .priority(Priority.FLASH)
                .handling(Handling.of(HandlingCode.H2, "No onward sharing without permission of Mae Sai BLO"))
                .createdAt(created)
                .replyBy(created.plusSeconds(2 * 3600))
                .language("th")
                .subject("ขอตรวจสอบการข้ามแดนของรถกระบะและผู้ขับขี่ใน 48 ชั่วโมงที่ผ่านมา")
                .body("เมื่อวันที่ 27 พ.ย. 2569 เจ้าหน้าที่ตรวจพบยาบ้า 120,000 เม็ดในรถกระบะ\n"
                        + "ขอทราบว่ารถคันนี้หรือผู้ขับขี่เดินทางข้ามแดนในช่วง 48 ชั่วโมงที่ผ่านมาหรือไม่")
                .entities(new Entities(List.of(driver, associate), List.of(), List.of(pickup), List.of(), List.of(tablets)))
                .source(SourceDocument.of("th-police-cms", "urn:th:police:cms:2", "CR-2569-004417",
                        Map.of("CaseRef", "ชร.1234/2569")).withFormatVersion("2.3"))
                .build();
    }

    /** Scenario 1, step 4: Tachileik answers in the same conversation. */
    public static LiaisonMessage tachileikResponse() {
        return LiaisonMessage.builder()
                .id(TACHILEIK_RESPONSE_ID)
                .conversationId(MAE_SAI_REQUEST_ID)
                .inReplyTo(MAE_SAI_REQUEST_ID)
                .from("MM-TACHILEIK")
                .to("TH-MAESAI")
                .kind(MessageKind.RESPONSE)
                .priority(Priority.FLASH)
                .handling(HandlingCode.H2)
                .createdAt(Instant.parse("2026-11-28T02:55:00Z"))
                .language("en")
                .subject("Re: crossings of the pickup and its driver")
                .body("The vehicle crossed into Tachileik on 26 November at 14:10 and returned at 19:45. "
                        + "No record of the driver on foot.")
                .build();
    }

    /**
     * Scenario 2: one row of the Lao customs CSV becomes a NOTIFICATION to Chiang Khong: 48.5 kg of
     * pangolin scales, commodity also in Lao, one person detained, a Lao plate without country.
     */
    public static LiaisonMessage houayxaySeizureNotification() {
        Seizure scales = new Seizure("pangolin scales", Optional.of(LAO_COMMODITY), Optional.of("WILDLIFE"),
                new BigDecimal("48.5"), "kg", Optional.of("Houayxay checkpoint"),
                Optional.of(LocalDate.of(2026, 11, 27)), Optional.of(1));
        Map<String, String> references = new TreeMap<>();
        references.put("file", "la-customs-seizures.csv");
        references.put("line", "2");
        return LiaisonMessage.builder()
                .id(HOUAYXAY_SEIZURE_ID)
                .conversationId(HOUAYXAY_SEIZURE_ID)
                .from("LA-HOUAYXAY")
                .to("TH-CHIANGKHONG")
                .kind(MessageKind.NOTIFICATION)
                .priority(Priority.ROUTINE)
                .handling(HandlingCode.H0)
                .createdAt(Instant.parse("2026-11-27T23:30:00Z"))
                .language("en")
                .subject("Seizure at LA-HOUAYXAY on 27/11/2026: pangolin scales 48.5 kg")
                .body("Found in rice sacks; shipper declared \"agricultural goods\"")
                .entities(new Entities(List.of(), List.of(), List.of(Vehicle.withPlate("ກຂ 1234")), List.of(), List.of(scales)))
                .source(SourceDocument.of("la-customs", "text/csv;profile=la-customs-seizures",
                        "la-customs-seizures.csv:2", references))
                .build();
    }

    /**
     * Scenario 3: Bavet alerts Moc Bai and the other posts of the agreement about a man in Khmer script
     * with his romanisation "Chan Dara", his passport, and a photo of it.
     */
    public static LiaisonMessage bavetTraffickingAlert() {
        Person escort = Person.named(PersonRole.SUSPECT, KHMER_NAME)
                .withNameLatin("Chan Dara")
                .withLatinNameParts("Chan", "Dara")
                .withBirthDate(LocalDate.of(1991, 7, 4))
                .withSex(Sex.MALE)
                .withNationality("KHM")
                .withDocuments(List.of(IdentityDocument.of(DocumentKind.PASSPORT, "N01234567", "KHM")
                        .withExpiry(LocalDate.of(2031, 2, 28))));
        Attachment photo = new Attachment("passport-page.jpg", "image/jpeg", 482_113,
                "f7b0788ea54a071161797b38088b63112f57c7bc276bd98da15280e1e8139dd5");
        return LiaisonMessage.builder()
                .id(BAVET_ALERT_ID)
                .conversationId(BAVET_ALERT_ID)
                .from("KH-BAVET")
                .to("VN-MOCBAI", "VN-XAMAT", "LA-NONGNOKKHIENE")
                .kind(MessageKind.ALERT)
                .priority(Priority.IMMEDIATE)
                .handling(HandlingCode.H1)
                .createdAt(NOW)
                .expiresAt(Instant.parse("2026-12-05T03:00:00Z"))
                .language("en")
                .subject("Suspected trafficking victim escort — watch for travel document")
                .body("Male escort travelling with three young women; document believed fraudulent.")
                .entities(new Entities(List.of(escort), List.of(), List.of(), List.of(), List.of()))
                .attachments(List.of(photo))
                .source(SourceDocument.of("kh-immigration-alerts", "application/json", "KH-IMM-2026-11-000981",
                        Map.of("level", "HIGH")))
                .build();
    }

    /** Every sample, for tests that must hold for all of them. */
    public static List<LiaisonMessage> all() {
        return List.of(maeSaiVehicleCheckRequest(), tachileikResponse(), houayxaySeizureNotification(), bavetTraffickingAlert());
    }
}
