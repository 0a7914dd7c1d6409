package org.embedscope.app.gui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.embedscope.app.gui.lesson.LessonBar;
import org.embedscope.app.gui.lesson.StartPage;
import org.embedscope.app.gui.map.MapAnnotations;
import org.embedscope.app.gui.search.SearchView;
import org.embedscope.app.gui.session.SessionOfferBar;
import org.embedscope.app.gui.map.MapView;
import org.embedscope.app.gui.panel.Panel;
import org.embedscope.app.gui.status.StatusBarView;

/**
 * The main window's content: the menu, one tab per registered panel, the map and the status bar;
 * files can be dropped on it. The map shows the marks of the panel in front.
 */
public final class MainView extends StackPane {
    private final AppComposition app;
    private final TabPane tabs = new TabPane();
    private final MapView mapView;
    private final SearchView search;

    public MainView(AppComposition app) {
        this.app = app;
        getStyleClass().add("main-view");
        mapView = new MapView(app.map(), app.isolation());
        for (Panel<?> panel : app.panels()) {
            Tab tab = new Tab(panel.title());
            tab.setId("tab-" + panel.id());
            tab.setUserData(panel);
            tabs.getTabs().add(tab);
        }
        fill(tabs.getSelectionModel().getSelectedItem());
        tabs.getSelectionModel().selectedItemProperty().addListener((o, old, tab) -> {
            fill(tab);
            showMarksOf(tab);
            if (tab != null) {
                app.frontPanelProperty().set(((Panel<?>) tab.getUserData()).id());
            }
        });
        app.frontPanelProperty().addListener((o, old, id) -> showPanel(id));
        showMarksOf(tabs.getSelectionModel().getSelectedItem());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("side-tabs");
        search = new SearchView(app.search());
        VBox side = new VBox(search, tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        side.setMinWidth(380);
        side.setPrefWidth(430);

        // The lesson strip sits under the map only, so a panel keeps the window's full height (1280x720 projectors).
        BorderPane mapArea = new BorderPane(mapView);
        mapArea.setBottom(new LessonBar(app.lessons(), app.presenterProperty()));
        SplitPane split = new SplitPane(side, mapArea);
        split.setDividerPositions(0.3);
        SplitPane.setResizableWithParent(side, false);

        BorderPane content = new BorderPane();
        javafx.scene.control.MenuBar menu = new MainMenu(app, this).build();
        SessionOfferBar offer = new SessionOfferBar(app.sessions());
        content.setTop(new VBox(menu, offer));
        content.setCenter(split);
        StatusBarView status = new StatusBarView(app.main(), app.executor());
        content.setBottom(status);
        getChildren().addAll(content, new StartPage(app.lessons(), app.main()::chooseAndOpen),
                new DropOverlay(this, app.main()::openDropped));
        presentWith(List.of(menu, status, search), side);
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, this::stepWithKeys);
    }

    /**
     * Gives the tab its panel's view, built when the tab is first shown: built all at once the views held
     * the FX thread for seconds at startup, and built one per event after it, each still took up to
     * 125 ms of FX time while the first dataset loaded.
     */
    private static void fill(Tab tab) {
        if (tab != null && tab.getContent() == null) {
            tab.setContent(((Panel<?>) tab.getUserData()).view());
        }
    }

    /**
     * Presenter mode: larger text (the root's font size, which every size in the style sheet follows),
     * and no menu bar, search bar or status bar; their shortcuts still work (F5 leaves).
     */
    private void presentWith(List<javafx.scene.Node> chromes, javafx.scene.layout.Region side) {
        app.presenterProperty().addListener((o, was, on) -> {
            if (on) {
                getStyleClass().add("presenter");
            } else {
                getStyleClass().remove("presenter");
            }
            for (javafx.scene.Node chrome : chromes) {
                chrome.setVisible(!on);
                chrome.setManaged(!on);
            }
            side.setMinWidth(on ? 460 : 380);
            side.setPrefWidth(on ? 560 : 430);
        });
    }

    /** Page Down and Page Up step through a lesson (what a presenter's clicker sends), unless a control used them. */
    private void stepWithKeys(javafx.scene.input.KeyEvent e) {
        if (!app.lessons().activeProperty().get()) {
            return;
        }
        if (e.getCode() == javafx.scene.input.KeyCode.PAGE_DOWN) {
            app.lessons().next();
            e.consume();
        } else if (e.getCode() == javafx.scene.input.KeyCode.PAGE_UP) {
            app.lessons().previous();
            e.consume();
        }
    }

    /** The map shows the front panel's marks, those of panels that pin theirs, and always the search results. */
    private void showMarksOf(Tab tab) {
        app.map().annotationsProperty().unbind();
        Panel<?> front = tab == null ? null : (Panel<?>) tab.getUserData();
        List<javafx.beans.Observable> inputs = new ArrayList<>();
        for (Panel<?> panel : app.panels()) {
            inputs.add(panel.model().mapAnnotations());
            inputs.add(panel.model().marksPinned());
        }
        inputs.add(app.search().mapAnnotations());
        app.map().annotationsProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(() -> {
            MapAnnotations marks = front == null ? MapAnnotations.NONE : front.model().mapAnnotations().getValue();
            for (Panel<?> panel : app.panels()) {
                if (panel != front && Boolean.TRUE.equals(panel.model().marksPinned().getValue())) {
                    marks = MapAnnotations.merge(marks, panel.model().mapAnnotations().getValue());
                }
            }
            return MapAnnotations.merge(marks, app.search().mapAnnotations().getValue());
        }, inputs.toArray(javafx.beans.Observable[]::new)));
    }

    public AppComposition app() {
        return app;
    }

    public MapView mapView() {
        return mapView;
    }

    /** Brings the panel with this id to the front. */
    public void showPanel(String id) {
        for (Tab tab : tabs.getTabs()) {
            if (tab.getId().equals("tab-" + id)) {
                tabs.getSelectionModel().select(tab);
            }
        }
    }

    /** Ctrl+F: the search bar, from every panel; what was typed stays. */
    void focusSearch() {
        search.focusField();
    }
}
