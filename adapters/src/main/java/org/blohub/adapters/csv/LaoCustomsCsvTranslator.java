package org.blohub.adapters.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.blohub.adapters.canonical.Entities;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.MessageKind;
import org.blohub.adapters.canonical.Priority;
import org.blohub.adapters.canonical.Seizure;
import org.blohub.adapters.canonical.SourceDocument;
import org.blohub.adapters.canonical.Vehicle;
import org.blohub.adapters.intake.DocumentBytes;
import org.blohub.adapters.intake.DocumentRefusedException;
import org.blohub.adapters.spi.InboundTranslator;
import org.blohub.adapters.spi.NationalDocument;
import org.blohub.adapters.spi.TranslatedMessage;
import org.blohub.adapters.spi.Translation;
import org.blohub.adapters.spi.TranslationContext;
import org.blohub.adapters.spi.TranslationRefusal;

/**
 * The Lao customs daily seizure report ({@code la-customs-csv}): UTF-8 (with or without a byte order mark),
 * {@code ;} separated, decimal comma, {@code dd/MM/yyyy} dates. Each row becomes one NOTIFICATION with a
 * seizure; a bad row is refused on its own, naming the line it starts on, and never stops the others.
 */
public final class LaoCustomsCsvTranslator implements InboundTranslator {

    public static final String FORMAT_ID = "la-customs-csv";
    static final String SYSTEM = "la-customs";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern OFFICE_ID = Pattern.compile("^[A-Z]{2}-[A-Z0-9]{2,20}$");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("^[0-9]{1,15}(,[0-9]{1,15})?$");
    private static final Pattern COUNT = Pattern.compile("^[0-9]{1,6}$");

    private final CsvReader reader = new CsvReader(';');

    @Override
    public String formatId() {
        return FORMAT_ID;
    }

    @Override
    public Translation translate(NationalDocument document, TranslationContext context) {
        try {
            byte[] content = DocumentBytes.sized(document);
            String fileHash = DocumentBytes.sha256Hex(content);
            List<CsvRow> rows = reader.read(DocumentBytes.decodeUtf8(content));
            if (rows.isEmpty()) {
                return Translation.refused(TranslationRefusal.ofDocument("document", "The file has no header row and no data."));
            }
            SeizureReportHeader header = SeizureReportHeader.of(rows.get(0));
            List<TranslatedMessage> messages = new ArrayList<>();
            List<TranslationRefusal> refusals = new ArrayList<>();
            for (int i = 1; i < rows.size(); i++) {
                CsvRow row = rows.get(i);
                List<TranslationRefusal> rowRefusals = new ArrayList<>();
                Optional<LiaisonMessage> message = rowMessage(row, header, document.name(), context, rowRefusals);
                refusals.addAll(rowRefusals);
                message.ifPresent(m -> messages.add(new TranslatedMessage(m, "line " + row.line(), fileHash + ":" + row.line())));
            }
            if (messages.isEmpty() && refusals.isEmpty()) {
                refusals.add(TranslationRefusal.ofDocument("line 2", "The file has a header row but no seizure rows."));
            }
            return new Translation(messages, refusals);
        } catch (DocumentRefusedException e) {
            return Translation.refused(e.refusal());
        }
    }

    private static Optional<LiaisonMessage> rowMessage(CsvRow row, SeizureReportHeader header, String fileName,
            TranslationContext context, List<TranslationRefusal> refusals) {
        String locator = "line " + row.line();
        if (row.problem().isPresent()) {
            refusals.add(TranslationRefusal.ofDocument(locator, "The row cannot be read: " + row.problem().get() + "."));
            return Optional.empty();
        }
        if (row.fields().size() != header.width()) {
            refusals.add(TranslationRefusal.ofDocument(locator, "The row has " + row.fields().size() + " fields but the header has "
                    + header.width() + "; check the ; separators and quote any field that contains one."));
            return Optional.empty();
        }
        RowFields fields = new RowFields(row, header, locator, refusals);
        Optional<LocalDate> date = fields.required(SeizureColumn.REPORT_DATE).flatMap(fields::date);
        Optional<String> from = fields.required(SeizureColumn.CHECKPOINT).flatMap(v -> fields.officeId(SeizureColumn.CHECKPOINT, v));
        Optional<String> to = fields.required(SeizureColumn.TO_OFFICE).flatMap(v -> fields.officeId(SeizureColumn.TO_OFFICE, v));
        Optional<String> commodity = fields.required(SeizureColumn.COMMODITY);
        Optional<BigDecimal> quantity = fields.required(SeizureColumn.QUANTITY).flatMap(fields::quantity);
        Optional<String> unit = fields.required(SeizureColumn.UNIT);
        Optional<Integer> detained = fields.optional(SeizureColumn.PERSONS_DETAINED).flatMap(fields::count);
        boolean detainedGiven = fields.optional(SeizureColumn.PERSONS_DETAINED).isPresent();
        if (fields.refused() || (detainedGiven && detained.isEmpty())) {
            return Optional.empty();
        }
        Seizure seizure = new Seizure(commodity.get(), fields.optional(SeizureColumn.COMMODITY_LO), Optional.empty(),
                quantity.get(), unit.get(), Optional.of(from.get()), date, detained);
        List<Vehicle> vehicles = fields.optional(SeizureColumn.VEHICLE_PLATE).map(Vehicle::withPlate).map(List::of).orElse(List.of());
        String quantityText = quantity.get().toPlainString() + " " + unit.get();
        String subject = "Seizure at " + from.get() + ": " + commodity.get() + " " + quantityText;
        String body = fields.optional(SeizureColumn.REMARKS).orElse(commodity.get() + ", " + quantityText + ", seized at "
                + from.get() + " on " + date.get() + ".");
        String id = context.ids().next();
        return Optional.of(LiaisonMessage.builder()
                .id(id).conversationId(id)
                .from(from.get()).to(to.get())
                .kind(MessageKind.NOTIFICATION).priority(Priority.ROUTINE)
                .handling(context.defaults().handling())
                .createdAt(context.clock().instant())
                .language(context.defaults().language())
                .subject(subject).body(body)
                .entities(new Entities(List.of(), List.of(), vehicles, List.of(), List.of(seizure)))
                .source(SourceDocument.of(SYSTEM, FORMAT_ID, fileName + ":" + row.line(),
                        Map.of("file", fileName, "line", Integer.toString(row.line()))))
                .build());
    }


    /** The checked values of one row; every problem becomes a refusal naming the line and the column. */
    private static final class RowFields {
        private final CsvRow row;
        private final SeizureReportHeader header;
        private final String locator;
        private final List<TranslationRefusal> refusals;
        private boolean refused;

        RowFields(CsvRow row, SeizureReportHeader header, String locator, List<TranslationRefusal> refusals) {
            this.row = row;
            this.header = header;
            this.locator = locator;
            this.refusals = refusals;
        }

        boolean refused() {
            return refused;
        }

        Optional<String> optional(SeizureColumn column) {
            String value = header.value(row, column);
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }

        Optional<String> required(SeizureColumn column) {
            Optional<String> value = optional(column);
            if (value.isEmpty()) {
                refuse(column, "empty; fill it in");
            }
            return value;
        }

        Optional<LocalDate> date(String value) {
            try {
                return Optional.of(LocalDate.parse(value, DATE));
            } catch (DateTimeParseException e) {
                refuse(SeizureColumn.REPORT_DATE, "not a date as dd/MM/yyyy (e.g. 27/11/2026)");
                return Optional.empty();
            }
        }

        Optional<String> officeId(SeizureColumn column, String value) {
            if (OFFICE_ID.matcher(value).matches()) {
                return Optional.of(value);
            }
            refuse(column, "not an office id such as LA-HOUAYXAY (country code, hyphen, 2 to 20 capitals or digits)");
            return Optional.empty();
        }

        Optional<BigDecimal> quantity(String value) {
            if (!DECIMAL_COMMA.matcher(value).matches()) {
                refuse(SeizureColumn.QUANTITY, "not a number written with digits and a decimal comma (e.g. 48,5), without thousands separators");
                return Optional.empty();
            }
            BigDecimal quantity = new BigDecimal(value.replace(',', '.'));
            if (quantity.signum() == 0) {
                refuse(SeizureColumn.QUANTITY, "zero; give the quantity seized");
                return Optional.empty();
            }
            return Optional.of(quantity);
        }

        Optional<Integer> count(String value) {
            if (COUNT.matcher(value).matches()) {
                return Optional.of(Integer.valueOf(value));
            }
            refuse(SeizureColumn.PERSONS_DETAINED, "not a whole number of persons (0 or more); leave it empty if unknown");
            return Optional.empty();
        }

        private void refuse(SeizureColumn column, String what) {
            refused = true;
            refusals.add(new TranslationRefusal(locator, column.header(), "The " + column.header() + " is " + what + "."));
        }
    }
}
