package org.blohub.hub.web.oversight;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

class TrafficStatisticsOnH2Test extends TrafficStatisticsContract {

    private SingleConnectionDataSource dataSource;
    private OversightData data;

    @BeforeEach
    void freshDatabase() {
        dataSource = new SingleConnectionDataSource("jdbc:h2:mem:" + OversightData.newId()
                + ";MODE=PostgreSQL;WRITE_DELAY=0", "sa", "", true);
        data = new OversightData(dataSource);
    }

    @AfterEach
    void closeDatabase() {
        dataSource.destroy();
    }

    @Override
    OversightData data() {
        return data;
    }
}
