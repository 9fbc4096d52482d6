package org.blohub.hub.web;

import java.util.ArrayList;
import java.util.List;

/** The compose form as the browser posts it (bound by Spring MVC, hence a mutable bean). */
public class Draft {

    /** One person row of the form. */
    public static class PersonRow {
        private String role = "SUSPECT";
        private String nameOriginal = "";
        private String nameLatin = "";
        private String nationality = "";

        public String getRole() { return role; }
        public void setRole(String role) { this.role = role; }
        public String getNameOriginal() { return nameOriginal; }
        public void setNameOriginal(String nameOriginal) { this.nameOriginal = nameOriginal; }
        public String getNameLatin() { return nameLatin; }
        public void setNameLatin(String nameLatin) { this.nameLatin = nameLatin; }
        public String getNationality() { return nationality; }
        public void setNationality(String nationality) { this.nationality = nationality; }

        boolean isBlank() {
            return nameOriginal.isBlank() && nameLatin.isBlank() && nationality.isBlank();
        }
    }

    /** One vehicle row of the form. */
    public static class VehicleRow {
        private String plate = "";
        private String plateCountry = "";
        private String make = "";
        private String colour = "";

        public String getPlate() { return plate; }
        public void setPlate(String plate) { this.plate = plate; }
        public String getPlateCountry() { return plateCountry; }
        public void setPlateCountry(String plateCountry) { this.plateCountry = plateCountry; }
        public String getMake() { return make; }
        public void setMake(String make) { this.make = make; }
        public String getColour() { return colour; }
        public void setColour(String colour) { this.colour = colour; }

        boolean isBlank() {
            return plate.isBlank() && plateCountry.isBlank() && make.isBlank() && colour.isBlank();
        }
    }

    /** One identity document row of the form. */
    public static class DocumentRow {
        private String kind = "PASSPORT";
        private String number = "";
        private String issuingCountry = "";

        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getNumber() { return number; }
        public void setNumber(String number) { this.number = number; }
        public String getIssuingCountry() { return issuingCountry; }
        public void setIssuingCountry(String issuingCountry) { this.issuingCountry = issuingCountry; }

        boolean isBlank() {
            return number.isBlank() && issuingCountry.isBlank();
        }
    }

    static final int ROWS = 2;

    private List<String> to = new ArrayList<>();
    private String operationGroup = "";
    private String kind = "REQUEST";
    private String priority = "ROUTINE";
    private String handlingCode = "H0";
    private String restrictionText = "";
    private String replyBy = "";
    private String subject = "";
    private String body = "";
    private String language = "en";
    private List<PersonRow> persons = new ArrayList<>();
    private List<VehicleRow> vehicles = new ArrayList<>();
    private List<DocumentRow> documents = new ArrayList<>();

    /** An empty form with its person, vehicle and document rows. */
    static Draft blank(String language) {
        Draft draft = new Draft();
        draft.setLanguage(language);
        draft.fillRows();
        return draft;
    }

    /** Adds empty rows up to the form's number, so a redisplayed form keeps its layout. */
    void fillRows() {
        while (persons.size() < ROWS) {
            persons.add(new PersonRow());
        }
        while (vehicles.size() < ROWS) {
            vehicles.add(new VehicleRow());
        }
        while (documents.size() < ROWS) {
            documents.add(new DocumentRow());
        }
    }

    public List<String> getTo() { return to; }
    public void setTo(List<String> to) { this.to = to; }
    public String getOperationGroup() { return operationGroup; }
    public void setOperationGroup(String operationGroup) { this.operationGroup = operationGroup; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getPriority() { return priority; }
    public void setPriority(String priority) { this.priority = priority; }
    public String getHandlingCode() { return handlingCode; }
    public void setHandlingCode(String handlingCode) { this.handlingCode = handlingCode; }
    public String getRestrictionText() { return restrictionText; }
    public void setRestrictionText(String restrictionText) { this.restrictionText = restrictionText; }
    public String getReplyBy() { return replyBy; }
    public void setReplyBy(String replyBy) { this.replyBy = replyBy; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public List<PersonRow> getPersons() { return persons; }
    public void setPersons(List<PersonRow> persons) { this.persons = persons; }
    public List<VehicleRow> getVehicles() { return vehicles; }
    public void setVehicles(List<VehicleRow> vehicles) { this.vehicles = vehicles; }
    public List<DocumentRow> getDocuments() { return documents; }
    public void setDocuments(List<DocumentRow> documents) { this.documents = documents; }
}
