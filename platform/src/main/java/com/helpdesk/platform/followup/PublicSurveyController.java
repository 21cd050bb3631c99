package com.helpdesk.platform.followup;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The customer's side of a web survey, reached without an account through the signed link the
 * vendor sent ({@code /survey.html#<token>}). Open to anyone by design: the token is the
 * credential, and it reaches one survey's questions and nothing else. Bodies are capped in size
 * before they are read ({@link PublicBodyLimit}); no rate limit, as a link answers once.
 */
@RestController
@RequestMapping("/api/public/surveys/{token}")
class PublicSurveyController {

    private final PublicSurveys surveys;

    PublicSurveyController(PublicSurveys surveys) {
        this.surveys = surveys;
    }

    @GetMapping
    PublicSurveys.PublicSurvey open(@PathVariable String token) {
        return surveys.open(token);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void answer(@PathVariable String token, @RequestBody Answers body) {
        surveys.answer(token, body.answers());
    }

    /** The answers, one per question; scored questions must all be answered. */
    record Answers(List<SurveyForm.Answer> answers) {
    }
}
